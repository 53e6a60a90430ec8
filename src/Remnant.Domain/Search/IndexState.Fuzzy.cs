using System.Collections.Concurrent;
using Remnant.Domain.Text;

namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    private readonly ConcurrentBag<ushort[]> _counters = [];

    /// <summary>
    /// Offers every live entry that fuzzily matches <paramref name="folded"/>
    /// (<see cref="OcrConfusions.IsFuzzyMatch(string, ReadOnlySpan{char}, int)"/>) to
    /// <paramref name="top"/>, scored by the weighted alignment. Candidates come from the
    /// skeleton table (no edit), the one-edit neighbourhood of the skeleton (one edit) or
    /// trigram counting and pigeonhole pieces (two edits): complete for the rule, never a scan.
    /// </summary>
    public void FindFuzzy(string folded, TopHits top)
    {
        var skeletons = OcrConfusions.QuerySkeletons(folded);
        var maxEdits = OcrConfusions.AllowedEdits(skeletons[0].Length);
        var candidates = new HashSet<int>();
        foreach (var skeleton in skeletons)
        {
            if (maxEdits == 2) AddWithinTwo(skeleton, candidates);
            else if (maxEdits == 1) AddNeighbourhood(skeleton, candidates);
            else AddChain(SkeletonHash.Of(skeleton), candidates);
        }
        foreach (var e in candidates)
        {
            if (!_alive[e]) continue;
            var key = Fold(e);
            if (!OcrConfusions.IsFuzzyMatch(skeletons, key, maxEdits)) continue;
            var cost = OcrConfusions.Compare(folded, key, RankingEdits, explain: false).Cost;
            top.Offer(e, FuzzyScore(cost), Field(e), key.Length);
        }
    }

    // The weighted alignment only ranks; let it run to the end rather than stop at the rule's allowance.
    internal const int RankingEdits = 64;

    internal static double FuzzyScore(int cost) => 1.0 / (1.0 + cost / (double)OcrConfusions.EditCost);

    private void AddChain(uint hash, HashSet<int> into)
    {
        if (!_skeletonHead.TryGetValue(hash, out var e)) return;
        for (; e >= 0; e = _skeletonNext[e])
        {
            if (_alive[e] && _skeletonHash[e] == hash) into.Add(e);
        }
    }

    private void AddNeighbourhood(string skeleton, HashSet<int> into)
    {
        var n = skeleton.Length;
        Span<uint> scratch = stackalloc uint[SkeletonHash.ScratchLength(n)];
        var hash = new SkeletonHash(skeleton, scratch);
        AddChain(hash.Whole, into);
        var alphabet = _alphabet;
        for (var i = 0; i < n; i++)
        {
            AddChain(hash.Deleted(i), into);
            foreach (var c in alphabet)
            {
                if (c != skeleton[i]) AddChain(hash.Substituted(i, c), into);
            }
        }
        for (var i = 0; i <= n; i++)
        {
            foreach (var c in alphabet) AddChain(hash.Inserted(i, c), into);
        }
    }

    /// <summary>
    /// Entries whose skeleton may be within two edits. q-gram count filter: such an entry shares
    /// at least (distinct trigrams - 6) of the query's distinct trigrams, since one edit destroys
    /// at most three. When that bound is too weak (repetitive text), pigeonhole: one of three
    /// disjoint pieces of the query survives two edits untouched.
    /// </summary>
    private void AddWithinTwo(string skeleton, HashSet<int> into)
    {
        var grams = new HashSet<long>();
        Grams.Trigrams(skeleton, grams);
        var threshold = grams.Count - 6;
        if (threshold < 2)
        {
            AddByPieces(skeleton, into);
            return;
        }
        var lists = new List<Posting>(grams.Count);
        foreach (var gram in grams)
        {
            if (_trigrams.TryGetValue(gram, out var posting)) lists.Add(posting);
        }
        if (lists.Count < threshold) return;
        var counts = RentCounters();
        var touched = new List<int>();
        try
        {
            foreach (var posting in lists)
            {
                foreach (var e in posting.Ids)
                {
                    if (counts[e]++ == 0) touched.Add(e);
                }
            }
            foreach (var e in touched)
            {
                if (counts[e] >= threshold) into.Add(e);
            }
        }
        finally
        {
            foreach (var e in touched) counts[e] = 0;
            _counters.Add(counts);
        }
    }

    private void AddByPieces(string skeleton, HashSet<int> into)
    {
        var size = skeleton.Length / 3;
        for (var piece = 0; piece < 3; piece++)
        {
            var start = piece * size;
            var text = piece == 2 ? skeleton[start..] : skeleton.Substring(start, size);
            var grams = new HashSet<long>();
            Grams.Trigrams(text, grams);
            var lists = new List<Posting>(grams.Count);
            foreach (var gram in grams)
            {
                if (!_trigrams.TryGetValue(gram, out var posting)) { lists.Clear(); break; }
                lists.Add(posting);
            }
            if (lists.Count == 0) continue;
            lists.Sort((a, b) => a.Count.CompareTo(b.Count));
            Intersect(lists, e => into.Add(e));
        }
    }

    private ushort[] RentCounters()
    {
        while (_counters.TryTake(out var counts))
        {
            if (counts.Length >= _count) return counts;
        }
        return new ushort[Math.Max(_count, 1024) + (_count >> 3)];
    }
}
