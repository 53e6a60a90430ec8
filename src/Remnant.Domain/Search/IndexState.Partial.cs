namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    // Intersecting more than this many posting lists rarely narrows the candidates further;
    // verification against the fold key is exact anyway.
    private const int MaxListsIntersected = 3;

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
            foreach (var e in pairs.Ids)
            {
                if (_alive[e] && !Hopeless(e, fragment, exact, top)) Consider(e, fragment, exact, top, verified: true);
            }
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
        Span<int> cursors = stackalloc int[lists.Count];
        foreach (var id in lists[0].Ids)
        {
            // Rule candidates out on their own arrays before paying for the other lists.
            if (!_alive[id] || Hopeless(id, fragment, exact, top)) continue;
            var all = true;
            for (var k = 1; k < lists.Count; k++)
            {
                var at = lists[k].Seek(cursors[k], id);
                cursors[k] = at;
                if (at == lists[k].Count) return;
                if (lists[k].Ids[at] != id) { all = false; break; }
            }
            if (all) Consider(id, fragment, exact, top, verified: false);
        }
    }

    /// <summary>
    /// True when entry <paramref name="e"/> cannot be a hit or cannot reach the kept best: its
    /// length rules out an exact match, or even its best possible score (from the cheap prefix
    /// and suffix tests) is below the worst kept. Such entries are skipped unverified, which
    /// makes the total a lower bound (<see cref="TopHits.Pruned"/>).
    /// </summary>
    private bool Hopeless(int e, string fragment, bool exact, TopHits top)
    {
        var length = _foldLength[e];
        if (exact) return length != fragment.Length;
        if (length < fragment.Length) return true;
        var floor = top.Floor;
        if (floor == double.NegativeInfinity || length == fragment.Length) return false;
        // Longest keys that could still beat the floor as an inner, suffix or prefix match
        // (scores fall with length); only between those bounds is the key itself read.
        var share = (double)fragment.Length / length;
        if (0.5 + 0.29 * share >= floor) return false;
        if (0.9 + 0.09 * share >= floor)
        {
            var key = Fold(e);
            if (key.StartsWith(fragment, StringComparison.Ordinal)) return false;
            if (0.8 + 0.09 * share >= floor && key.EndsWith(fragment, StringComparison.Ordinal)) return false;
        }
        top.Prune();
        return true;
    }

    private void Consider(int e, string fragment, bool exact, TopHits top, bool verified)
    {
        var key = Fold(e);
        if (exact)
        {
            if (key.Length != fragment.Length || !key.SequenceEqual(fragment)) return;
            top.Offer(e, 1.0, Field(e), key.Length);
            return;
        }
        // Prefix and suffix are cheap to test and rank first; only the rest needs a search.
        var prefix = key.StartsWith(fragment, StringComparison.Ordinal);
        var suffix = !prefix && key.EndsWith(fragment, StringComparison.Ordinal);
        if (!prefix && !suffix && !verified && key.IndexOf(fragment, StringComparison.Ordinal) < 0) return;
        top.Offer(e, PartialScore(key.Length, fragment.Length, prefix, suffix), Field(e), key.Length);
    }

    /// <summary>Whole key 1; prefix 0.9+; suffix 0.8+; inside 0.5+, more for a larger share of the key.</summary>
    internal static double PartialScore(int keyLength, int fragmentLength, bool prefix, bool suffix)
    {
        var share = (double)fragmentLength / keyLength;
        if (fragmentLength == keyLength) return 1.0;
        if (prefix) return 0.9 + 0.09 * share;
        if (suffix) return 0.8 + 0.09 * share;
        return 0.5 + 0.29 * share;
    }
}
