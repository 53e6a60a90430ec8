namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    // Partition filter for two edits (PassJoin, Li et al., VLDB 2011): each skeleton of length L
    // is cut into three segments; a string within two edits of it holds one segment untouched,
    // shifted by at most two. Each entry files its segments under (L, segment number, text).
    private const int Segments = 3;
    private const int MaxSegmentEdits = Segments - 1;
    private const int MinSegmented = 4;

    // Each node carries its entry's character-class bag (folded to 32 bits) beside the link, so a
    // chain is filtered without a second cache miss per node.
    private SegmentNode[] _segmentNodes = new SegmentNode[48];
    private readonly Dictionary<uint, int> _segmentHead = [];

    private static (int Start, int Length) Segment(int length, int i)
    {
        var shortLength = length / Segments;
        var longOnes = length % Segments;
        var start = i * shortLength + Math.Max(0, i - (Segments - longOnes));
        return (start, i >= Segments - longOnes ? shortLength + 1 : shortLength);
    }

    private static uint SegmentKey(int length, int i, ReadOnlySpan<char> text) =>
        unchecked(SkeletonHash.Of(text) * 0x9E3779B1u + (uint)(length * Segments + i));

    private void FileSegments(int e, ReadOnlySpan<char> skeleton)
    {
        Grow(ref _segmentNodes, (e + 1) * Segments);
        var bag = Fold32(_skeletonBag[e]);
        for (var i = 0; i < Segments; i++)
        {
            var node = e * Segments + i;
            if (skeleton.Length < MinSegmented)
            {
                _segmentNodes[node] = new SegmentNode(-1, bag);
                continue;
            }
            var (start, length) = Segment(skeleton.Length, i);
            var key = SegmentKey(skeleton.Length, i, skeleton.Slice(start, length));
            _segmentNodes[node] = new SegmentNode(_segmentHead.TryGetValue(key, out var head) ? head : -1, bag);
            _segmentHead[key] = node;
        }
    }

    /// <summary>Every entry whose skeleton may be within two edits of <paramref name="query"/>.</summary>
    private void AddWithinTwo(string query, Candidates into)
    {
        var m = query.Length;
        for (var length = Math.Max(MinSegmented, m - MaxSegmentEdits); length <= m + MaxSegmentEdits; length++)
        {
            var delta = m - length;
            for (var i = 0; i < Segments; i++)
            {
                var (start, size) = Segment(length, i);
                // Multi-match-aware window: segment i can only have shifted by the edits before
                // it (at most i) and still leave room for the length difference after it.
                var from = Math.Max(0, Math.Max(start - i, start + delta - (MaxSegmentEdits - i)));
                var to = Math.Min(m - size, Math.Min(start + i, start + delta + (MaxSegmentEdits - i)));
                for (var at = from; at <= to; at++)
                {
                    var key = SegmentKey(length, i, query.AsSpan(at, size));
                    if (!_segmentHead.TryGetValue(key, out var node)) continue;
                    // Every node on a chain was filed under this very key (the head dictionary is keyed by it).
                    for (; node >= 0; node = _segmentNodes[node].Next)
                    {
                        if (into.MayMatch(_segmentNodes[node].Bag)) into.Add(node / Segments, _skeletonBag);
                    }
                }
            }
        }
    }

    /// <summary>A 64-bit bag folded to 32 bits (class i onto bit i mod 32): still one bit per class present.</summary>
    private static uint Fold32(ulong bag) => (uint)bag | (uint)(bag >> 32);

    private readonly record struct SegmentNode(int Next, uint Bag);
}
