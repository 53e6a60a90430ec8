using System.Security.Cryptography;
using System.Text;
using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>One labelled name pair: are <see cref="Query"/> and <see cref="Candidate"/> names of the same party?</summary>
/// <param name="Category">What kind of pair it is (alias-latin, script, v-typo, neg-shared-token...).</param>
internal sealed record LabelledPair(string Query, string Candidate, bool Same, string Category, PartySchema Schema);

/// <summary>
/// The pairwise labelled set, scored the way <c>remnant match-names</c> scores (one pair at a time, no
/// index). Written and committed BEFORE the matcher was changed for it, deterministic (fixed seed), and
/// sharing no code with the matcher. Positives: two names of the same listed party from the real UN and
/// OFAC files (the primary name against a related alias that is not Low/weak/former; an original-script
/// name against the primary), and controlled variants of listed names from <see cref="PairVariants"/>.
/// Negatives: names of two different parties of the same list that share a content word (namesakes,
/// equal consonant class for consonant class, left out), and generated non-listed names against the
/// listed name nearest to them by shared consonant-class words.
/// </summary>
internal static partial class PairSet
{
    public const int Seed = 20261201;

    /// <summary>Builds the set; <paramref name="scale"/> 1 for the full set, 0.5 for the quick one.</summary>
    public static IReadOnlyList<LabelledPair> Build(IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<LabelledQuery> nonListed, double scale)
    {
        var random = new Random(Seed);
        int Scaled(int n) => (int)Math.Round(n * scale);
        var pairs = new List<LabelledPair>();
        var listed = new List<(ListedParty Party, ListSnapshot List)>();
        foreach (var s in snapshots) listed.AddRange(s.Parties.Select(p => (p, s)));

        pairs.AddRange(Sample(ListedPositives(listed, script: false), Scaled(3000), random));
        pairs.AddRange(Sample(ListedPositives(listed, script: true), Scaled(3000), random));
        pairs.AddRange(PairVariants.Generate(listed.Select(l => l.Party).ToList(), Scaled(600), random));
        var (shared, contained) = SharedToken(snapshots, random);
        pairs.AddRange(Sample(shared, Scaled(3000), random));
        pairs.AddRange(Sample(contained, Scaled(600), random));
        pairs.AddRange(NearestListed(listed.Select(l => l.Party).ToList(), Sample(nonListed.ToList(), Scaled(4000), random).ToList()));
        return pairs;
    }

    /// <summary>A short hash of the set, printed with the results so a change to the set shows.</summary>
    public static string Fingerprint(IEnumerable<LabelledPair> pairs)
    {
        var text = string.Join('\n', pairs.Select(p => $"{p.Category}|{p.Same}|{p.Query}|{p.Candidate}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>Primary name against each related alias (Latin) or each name in another script.</summary>
    private static List<LabelledPair> ListedPositives(List<(ListedParty Party, ListSnapshot List)> listed, bool script)
    {
        var result = new List<LabelledPair>();
        foreach (var (party, _) in listed)
        {
            var primary = party.PrimaryName;
            if (!LabelledSet.IsLatin(primary)) continue;
            var primaryKey = LabelledSet.CrudeKey(primary);
            var primaryWords = LabelledSet.ContentWords(primary);
            foreach (var name in party.Names)
            {
                if (name.Quality is AliasQuality.Primary or AliasQuality.Low or AliasQuality.Weak or AliasQuality.Fka) continue;
                var latin = LabelledSet.IsLatin(name.Text);
                if (latin == script) continue;
                if (latin)
                {
                    // A copy of the primary adds nothing; an alias sharing no content word (a cover name) no name matcher can find.
                    if (LabelledSet.CrudeKey(name.Text) == primaryKey || !LabelledSet.ContentWords(name.Text).Overlaps(primaryWords)) continue;
                }
                result.Add(new LabelledPair(name.Text, primary, true, script ? "script" : "alias-latin", party.Schema));
            }
        }
        return result;
    }

    /// <summary>Names of different parties of one list that share a content word: those where each side
    /// has a content word the other lacks, and those where one side's words are all in the other
    /// (a branch and its parent, a father and son listed apart).</summary>
    private static (List<LabelledPair> Shared, List<LabelledPair> Contained) SharedToken(IReadOnlyList<ListSnapshot> snapshots, Random random)
    {
        var shared = new List<LabelledPair>();
        var contained = new List<LabelledPair>();
        var seen = new HashSet<(string, string)>();
        foreach (var snapshot in snapshots)
        {
            var byWord = new Dictionary<string, List<(ListedParty Party, PartyName Name)>>(StringComparer.Ordinal);
            foreach (var party in snapshot.Parties)
                foreach (var name in party.Names.Where(n => LabelledSet.IsLatin(n.Text) && n.Quality is not (AliasQuality.Low or AliasQuality.Weak)))
                    foreach (var word in LabelledSet.ContentWords(name.Text))
                        (byWord.TryGetValue(word, out var l) ? l : byWord[word] = []).Add((party, name));
            foreach (var word in byWord.Keys.Order(StringComparer.Ordinal).ToList())
            {
                var names = byWord[word];
                if (names.Select(n => n.Party.StableId).Distinct().Count() < 2) continue;
                // A few pairs per word, so the most common words do not fill the set.
                for (var k = 0; k < Math.Min(4, names.Count / 2); k++)
                {
                    var a = names[random.Next(names.Count)];
                    var b = names[random.Next(names.Count)];
                    if (a.Party.StableId == b.Party.StableId) continue;
                    if (LabelledSet.CrudeKey(a.Name.Text) == LabelledSet.CrudeKey(b.Name.Text)) continue; // namesakes
                    if (!seen.Add((a.Name.Text, b.Name.Text))) continue;
                    var wa = LabelledSet.ContentWords(a.Name.Text);
                    var wb = LabelledSet.ContentWords(b.Name.Text);
                    var isContained = wa.IsSubsetOf(wb) || wb.IsSubsetOf(wa);
                    (isContained ? contained : shared).Add(new LabelledPair(a.Name.Text, b.Name.Text, false,
                        isContained ? "neg-contained" : "neg-shared-token", a.Party.Schema));
                }
            }
        }
        return (shared, contained);
    }

    /// <summary>Each generated non-listed name against the listed name that shares the most
    /// consonant-class words with it (ties: the closest in length).</summary>
    private static IEnumerable<LabelledPair> NearestListed(List<ListedParty> parties, List<LabelledQuery> queries)
    {
        var names = parties.SelectMany(p => p.Names).Where(n => n.Quality is not (AliasQuality.Low or AliasQuality.Weak)).Select(n => n.Text).Distinct().ToArray();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
            foreach (var w in LabelledSet.CrudeKey(names[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
                (byWord.TryGetValue(w, out var l) ? l : byWord[w] = []).Add(i);
        foreach (var q in queries)
        {
            var counts = new Dictionary<int, int>();
            foreach (var w in LabelledSet.CrudeKey(q.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
                if (byWord.TryGetValue(w, out var l))
                    foreach (var i in l) counts[i] = counts.GetValueOrDefault(i) + 1;
            if (counts.Count == 0) continue;
            var best = counts.OrderByDescending(c => c.Value).ThenBy(c => Math.Abs(names[c.Key].Length - q.Text.Length)).ThenBy(c => c.Key).First().Key;
            yield return new LabelledPair(q.Text, names[best], false, "neg-non-listed", q.Schema);
        }
    }

    private static IEnumerable<T> Sample<T>(List<T> items, int count, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy.Take(count);
    }
}
