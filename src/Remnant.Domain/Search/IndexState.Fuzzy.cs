using Remnant.Domain.Text;

namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    /// <summary>
    /// Offers every live entry that fuzzily matches <paramref name="folded"/>
    /// (<see cref="OcrConfusions.IsFuzzyMatch(string, ReadOnlySpan{char}, int)"/>) to
    /// <paramref name="top"/>, scored by the weighted alignment. Candidates come from the
    /// skeleton table (no edit), the one-edit neighbourhood of the skeleton (one edit) or
    /// the segment partition filter (two edits): complete for the rule, never a scan.
    /// </summary>
    public void FindFuzzy(string folded, TopHits top)
    {
        var skeleton = OcrConfusions.Skeleton(folded);
        var maxEdits = OcrConfusions.AllowedEdits(skeleton.Length);
        var candidates = new Candidates(BagOf(skeleton), maxEdits);
        var shortest = skeleton.Length - maxEdits;
        var longest = skeleton.Length + maxEdits;
        if (maxEdits == 2) AddWithinTwo(skeleton, candidates);
        else if (maxEdits == 1) AddNeighbourhood(skeleton, candidates);
        else AddChain(SkeletonHash.Of(skeleton), candidates);
        foreach (var e in candidates.Entries)
        {
            // Skeletons further apart in length than the allowance cannot match.
            if (!_entries[e].Alive || _skeletonLength[e] < shortest || (_skeletonLength[e] > longest && _skeletonLength[e] < byte.MaxValue)) continue;
            var key = Fold(e);
            if (!OcrConfusions.IsSkeletonMatch(skeleton, key, maxEdits)) continue;
            var cost = OcrConfusions.Compare(folded, key, RankingEdits, explain: false).Cost;
            top.Offer(e, FuzzyScore(cost), Field(e), key.Length);
        }
    }

    // The weighted alignment only ranks; let it run to the end rather than stop at the rule's allowance.
    internal const int RankingEdits = 64;

    internal static double FuzzyScore(int cost) => 1.0 / (1.0 + cost / (double)OcrConfusions.EditCost);

    /// <summary>
    /// One bit per character class (the code point's low six bits) present in a skeleton. Each
    /// class present in one skeleton and absent from the other needs an edit of its own, so two
    /// skeletons whose bags differ by more classes than the allowance cannot match.
    /// </summary>
    private static ulong BagOf(ReadOnlySpan<char> skeleton)
    {
        ulong bag = 0;
        foreach (var c in skeleton) bag |= 1UL << (c & 63);
        return bag;
    }

    /// <summary>Candidate entries, each once, those whose bag rules them out left out unread.</summary>
    private sealed class Candidates(ulong bag, int maxEdits)
    {
        private readonly uint _bag32 = Fold32(bag);

        public HashSet<int> Entries { get; } = [];

        /// <summary>The same test as <see cref="Add"/> on bags folded to 32 bits: weaker, never wrong.</summary>
        public bool MayMatch(uint other) =>
            uint.PopCount(_bag32 & ~other) <= (uint)maxEdits && uint.PopCount(other & ~_bag32) <= (uint)maxEdits;

        public void Add(int e, ulong[] bags)
        {
            var other = bags[e];
            if (ulong.PopCount(bag & ~other) > (ulong)maxEdits || ulong.PopCount(other & ~bag) > (ulong)maxEdits) return;
            Entries.Add(e);
        }
    }

    private void AddChain(uint hash, Candidates into)
    {
        if (!_skeletonHead.TryGetValue(hash, out var e)) return;
        for (; e >= 0; e = _skeletonNext[e])
        {
            if (_entries[e].Alive && _skeletonHash[e] == hash) into.Add(e, _skeletonBag);
        }
    }

    private void AddNeighbourhood(string skeleton, Candidates into)
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
}
