namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    // Intersecting more than this many posting lists rarely narrows the candidates further;
    // verification against the fold key is exact anyway.
    private const int MaxListsIntersected = 6;

    /// <summary>
    /// Offers every live entry whose fold key contains <paramref name="fragment"/> (or, when
    /// <paramref name="exact"/>, equals it) to <paramref name="top"/>, scored.
    /// </summary>
    public void FindContaining(string fragment, bool exact, TopHits top)
    {
        if (fragment.Length < 2) return;
        if (fragment.Length == 2)
        {
            if (!_bigrams.TryGetValue(Grams.Bigram(fragment[0], fragment[1]), out var pairs)) return;
            foreach (var e in pairs.Ids) Consider(e, fragment, exact, top, verified: true);
            return;
        }
        var grams = new HashSet<long>();
        Grams.CanonicalTrigrams(fragment, grams);
        var lists = new List<Posting>(grams.Count);
        foreach (var gram in grams)
        {
            if (!_trigrams.TryGetValue(gram, out var posting)) return;
            lists.Add(posting);
        }
        lists.Sort((a, b) => a.Count.CompareTo(b.Count));
        if (lists.Count > MaxListsIntersected) lists.RemoveRange(MaxListsIntersected, lists.Count - MaxListsIntersected);
        Intersect(lists, e => Consider(e, fragment, exact, top, verified: false));
    }

    private static void Intersect(List<Posting> lists, Action<int> visit)
    {
        Span<int> cursors = stackalloc int[lists.Count];
        var shortest = lists[0].Ids;
        foreach (var id in shortest)
        {
            var all = true;
            for (var k = 1; k < lists.Count; k++)
            {
                var at = lists[k].Seek(cursors[k], id);
                cursors[k] = at;
                if (at == lists[k].Count) return;
                if (lists[k].Ids[at] != id) { all = false; break; }
            }
            if (all) visit(id);
        }
    }

    private void Consider(int e, string fragment, bool exact, TopHits top, bool verified)
    {
        if (!_alive[e]) return;
        var key = Fold(e);
        if (exact)
        {
            if (key.Length != fragment.Length || !key.SequenceEqual(fragment)) return;
            top.Offer(e, 1.0, Field(e), key.Length);
            return;
        }
        var at = verified && key.Length == 2 ? 0 : key.IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0) return;
        top.Offer(e, PartialScore(key, fragment.Length, at), Field(e), key.Length);
    }

    /// <summary>Whole key 1; prefix 0.9+; suffix 0.8+; inside 0.5+, more for a larger share of the key.</summary>
    internal static double PartialScore(ReadOnlySpan<char> key, int fragmentLength, int at)
    {
        var share = (double)fragmentLength / key.Length;
        if (fragmentLength == key.Length) return 1.0;
        if (at == 0) return 0.9 + 0.09 * share;
        var last = key.Length - fragmentLength;
        if (at == last || key[last..].SequenceEqual(key.Slice(at, fragmentLength))) return 0.8 + 0.09 * share;
        return 0.5 + 0.29 * share;
    }
}
