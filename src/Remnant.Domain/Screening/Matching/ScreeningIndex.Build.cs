namespace Remnant.Domain.Screening.Matching;

public sealed partial class ScreeningIndex
{
    /// <summary>Builds the index over every party of <paramref name="snapshots"/> (give each list's latest).</summary>
    public static ScreeningIndex Build(IEnumerable<ListSnapshot> snapshots)
    {
        var parties = snapshots.SelectMany(s => s.Parties).ToArray();
        var entries = new List<Entry>();
        var keyParties = new Dictionary<string, int>(StringComparer.Ordinal);
        var skeletonParties = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < parties.Length; p++)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var skeletons = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in parties[p].Names)
            {
                foreach (var form in NameTokenizer.Forms(name.Text))
                {
                    if (form.Length == 0) continue;
                    var id = entries.Count;
                    entries.Add(new Entry(p, name, form));
                    foreach (var key in IndexKeys(form)) Add(lists, key, id);
                    if (parties[p].Schema != PartySchema.Person)
                        foreach (var key in AcronymKeys(form)) Add(lists, key, id);
                    foreach (var t in form)
                    {
                        keys.Add(t.Key);
                        if (t.Skeleton.Length == 0) continue;
                        if (t.Abjad) skeletons.UnionWith(ArabicScript.Readings(t.Skeleton));
                        else skeletons.Add(t.Skeleton);
                    }
                }
            }
            foreach (var k in keys) keyParties[k] = keyParties.GetValueOrDefault(k) + 1;
            foreach (var s in skeletons) skeletonParties[s] = skeletonParties.GetValueOrDefault(s) + 1;
        }
        var n = Math.Max(1, parties.Length);
        var postings = lists.ToDictionary(l => l.Key, l => l.Value.ToArray(), StringComparer.Ordinal);
        var index = new ScreeningIndex(parties, [.. entries], postings,
            keyParties.ToDictionary(k => k.Key, k => Idf(n, k.Value), StringComparer.Ordinal),
            skeletonParties.ToDictionary(k => k.Key, k => Idf(n, k.Value), StringComparer.Ordinal),
            Idf(n, 0.5));
        // Weights need the finished rarity tables, so names are prepared last.
        foreach (var entry in index.entries) entry.Prepared = new PreparedName(entry.Tokens, index.WeightOf);
        return index;
    }

    private static double Idf(int parties, double withWord) => Math.Log(1 + parties / withWord);

    private static void Add(Dictionary<string, List<int>> lists, string key, int id)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }

    /// <summary>The keys a name form is found by.</summary>
    private static IEnumerable<string> IndexKeys(NameToken[] form)
    {
        for (var i = 0; i < form.Length; i++)
        {
            var t = form[i];
            if (NameAligner.JoinsNext(t) && i + 1 < form.Length && form[i + 1].Distinctive)
                yield return OwnKey(TokenSimilarity.Join(t, form[i + 1]));
            if (!t.Distinctive) continue;
            yield return OwnKey(t);
            foreach (var key in OtherKeys(t, indexing: true)) yield return key;
            if (JoinedWithNext(form, i)) yield return OwnKey(TokenSimilarity.Join(t, form[i + 1]));
            if (NameAligner.Joinable3(form, i))
                yield return OwnKey(NameAligner.Join3(form, i));
        }
    }

    /// <summary>True when the Latin word at <paramref name="i"/> and the next are keyed joined, in the index and in a query
    /// alike: two distinctive words (Ho Jin / Hojin), or a name and the trade word after it (Tractor Export).</summary>
    private static bool JoinedWithNext(NameToken[] form, int i) =>
        i + 1 < form.Length && !form[i].Abjad && (form[i + 1].Distinctive || NameAligner.NameAndTradeWord(form[i], form[i + 1]));

    /// <summary>The first-letter acronyms a body's name may be screened by (IRGC, ISIL, KPA): its name and
    /// generic words' first letters, with and without its legal-form words, connecting words left out.
    /// Acronyms of syllables (KOMID) are found only where a list gives them.</summary>
    private static IEnumerable<string> AcronymKeys(NameToken[] form)
    {
        if (form.Length < 3 || form.Any(t => t.Abjad) || !form.Any(t => t.Kind is WordKind.LegalForm or WordKind.Generic)) yield break;
        var names = Initials(form.Where(t => t.Kind is WordKind.Name or WordKind.Generic));
        var all = Initials(form.Where(t => t.Kind != WordKind.Particle && t.Text is not ("of" or "and" or "the" or "for" or "in" or "on" or "at" or "to")));
        if (names.Length is >= 3 and <= 8) yield return "a:" + names;
        if (all != names && all.Length is >= 3 and <= 8) yield return "a:" + all;

        static string Initials(IEnumerable<NameToken> words) => string.Concat(words.Where(t => t.Text.Length > 0 && char.IsAsciiLetter(t.Text[0])).Select(t => t.Text[0]));
    }

    /// <summary>A word's own key: its phonetic key, which its spellings that sound alike share.</summary>
    private static string OwnKey(in NameToken t) => "k:" + t.Key;

    /// <summary>The other keys of one word: its respelling, consonants, spellings group and deletions. Indexing stores a
    /// word's one-letter deletions; a query looks up its own key and deletions among them, which finds words one or two
    /// edits away.</summary>
    private static IEnumerable<string> OtherKeys(NameToken t, bool indexing)
    {
        if (t.Respelled is { } respelled) yield return "k:" + respelled.Key;
        // A word in Arabic script is keyed by the Latin consonants of its readings, with Latin words ("s:") and, for Latin
        // queries, apart ("r:"): a Latin query word's consonants are shared by too many Latin names to look up all of them
        // (j-b-r: Jabbar, Jaber, Jubair), but by few names written in Arabic script, which no other key finds.
        if (t.Skeleton.Length >= 2 && t.Abjad)
        {
            foreach (var reading in ArabicScript.Readings(t.Skeleton))
            {
                yield return "s:" + reading;
                if (indexing) yield return "r:" + reading;
            }
        }
        // A Latin word's consonants: indexed for queries in Arabic script, and looked up by a Latin query word of three
        // consonants or more, which finds a word whose vowels or letter order a slip changed (Belkaelm / Belkalem), and
        // the Arabic-script names with those consonants.
        else if (t.Skeleton.Length >= 2 && indexing || t.Skeleton.Length >= 3)
        {
            yield return "s:" + t.Skeleton;
            if (!indexing) yield return "r:" + t.Skeleton;
        }
        if (t.Group >= 0) yield return "g:" + t.Group;
        if (t.Abjad || t.Key.Length < 4) yield break;
        yield return "d:" + t.Key;
        for (var i = 0; i < t.Key.Length; i++) yield return "d:" + t.Key.Remove(i, 1);
    }
}
