using System.Security.Cryptography;
using System.Text;
using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>
/// Builds the labelled set from the shared list files. Written and committed BEFORE the matcher was
/// tuned, and deterministic (fixed seed), so its figures cannot be tuned into. Its rules:
/// positives are aliases of a listed party that are not of Low/weak quality, not a copy of another of
/// its names, and related to the names left (they share a content word, or are in another script):
/// aliases that share nothing (a former name, a cover name) no name matcher can or should find, and
/// are counted apart. Negatives are listed names screened with their party hidden, chosen because
/// another party of the same list shares a word with them; and generated non-listed names.
/// </summary>
internal static partial class LabelledSet
{
    public const int Seed = 20261129;

    // Legal-form and filler words that do not make a name related; the generator's own list.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "co", "ltd", "llc", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "corporation", "corp", "company", "inc", "limited",
        "group", "international", "trading", "the", "and", "of", "for", "al", "el", "bin", "ibn", "abu", "sa", "de", "gmbh",
        "plc", "industrial", "development", "general", "bank", "enterprise", "enterprises", "haji", "mullah", "mohammad",
        "muhammad", "mohammed", "ali", "ahmad", "ahmed", "abd", "abdul", "maulavi", "sheikh", "shaykh", "dr",
    };

    /// <summary>Builds positives and similar-listed negatives from each snapshot, plus <paramref name="nonListed"/> generated names.</summary>
    public static IReadOnlyList<LabelledQuery> Build(IReadOnlyList<ListSnapshot> snapshots, int positivesPerList, int similarPerList, int nonListed,
        out int unrelatedAliases)
    {
        var random = new Random(Seed);
        var queries = new List<LabelledQuery>();
        unrelatedAliases = 0;
        foreach (var snapshot in snapshots)
        {
            var (positives, unrelated) = Positives(snapshot);
            unrelatedAliases += unrelated;
            queries.AddRange(Sample(positives, positivesPerList, random));
            queries.AddRange(Sample(SimilarListed(snapshot), similarPerList, random));
        }
        var listedKeys = snapshots.SelectMany(s => s.Parties).SelectMany(p => p.Names).Select(n => CrudeKey(n.Text)).ToHashSet(StringComparer.Ordinal);
        queries.AddRange(NonListed(nonListed, listedKeys, random));
        return queries;
    }

    /// <summary>A short hash of the set, printed with the results so a change to the set shows.</summary>
    public static string Fingerprint(IEnumerable<LabelledQuery> queries)
    {
        var text = string.Join('\n', queries.Select(q => $"{q.Kind}|{q.Text}|{q.List}|{q.ExpectedId}|{q.HiddenName}|{q.HiddenParty}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    private static (List<LabelledQuery> Positives, int Unrelated) Positives(ListSnapshot snapshot)
    {
        var result = new List<LabelledQuery>();
        var unrelated = 0;
        foreach (var party in snapshot.Parties)
        {
            if (party.Names.Count < 2) continue;
            foreach (var name in party.Names)
            {
                if (name.Quality is AliasQuality.Low or AliasQuality.Weak) continue;
                var others = party.Names.Where(n => !ReferenceEquals(n, name)).ToList();
                var key = CrudeKey(name.Text);
                if (key.Length == 0 || others.Any(o => CrudeKey(o.Text) == key)) continue;
                var words = ContentWords(name.Text);
                var related = !IsLatin(name.Text) || others.Any(o => ContentWords(o.Text).Overlaps(words));
                if (!related) { unrelated++; continue; }
                result.Add(new LabelledQuery($"pos-{snapshot.Source.ToCode()}-{party.StableId}-{result.Count}", QueryKind.Positive, name.Text, party.Schema,
                    snapshot.Source, party.StableId, name.Text, null, IsLatin(name.Text) ? "listed-latin" : "listed-script"));
            }
        }
        return (result, unrelated);
    }

    private static List<LabelledQuery> SimilarListed(ListSnapshot snapshot)
    {
        var byWord = new Dictionary<string, List<ListedParty>>(StringComparer.Ordinal);
        foreach (var party in snapshot.Parties)
            foreach (var word in party.Names.SelectMany(n => ContentWords(n.Text)).Distinct())
                (byWord.TryGetValue(word, out var l) ? l : byWord[word] = []).Add(party);
        var result = new List<LabelledQuery>();
        foreach (var party in snapshot.Parties)
        {
            var words = ContentWords(party.PrimaryName);
            if (!words.Any(w => byWord.TryGetValue(w, out var l) && l.Count is > 1 and < 200)) continue;
            result.Add(new LabelledQuery($"sim-{snapshot.Source.ToCode()}-{party.StableId}", QueryKind.SimilarListed, party.PrimaryName, party.Schema,
                snapshot.Source, null, null, party.StableId, "listed-similar"));
        }
        return result;
    }

    private static IEnumerable<T> Sample<T>(List<T> items, int count, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy.Take(count);
    }

    /// <summary>Lower-case Latin words of three letters or more, filler words left out.</summary>
    internal static HashSet<string> ContentWords(string name)
    {
        var ascii = AnyAscii.Transliteration.Transliterate(name).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        return ascii.Split((char[])[' ', '-', ',', '.', '(', ')', '/', '"', ';', ':', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    internal static bool IsLatin(string text) => text.All(c => c < 0x250 || !char.IsLetter(c));
}
