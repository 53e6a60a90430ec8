namespace Remnant.Domain.Search;

/// <summary>
/// The entries holding one n-gram, ascending. Entry numbers only grow, so appending keeps the
/// list sorted; removed entries stay until the index compacts.
/// </summary>
internal sealed class Posting
{
    private int[] _ids;

    public Posting(int capacity = 4) => _ids = new int[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    public long Bytes => 24L + 16 + 4L * _ids.Length;

    public void Add(int entry)
    {
        if (Count == _ids.Length) Array.Resize(ref _ids, Math.Max(4, _ids.Length + (_ids.Length >> 1)));
        _ids[Count++] = entry;
    }

    public void TrimExcess()
    {
        if (_ids.Length != Count) Array.Resize(ref _ids, Count);
    }

    /// <summary>First index at or after <paramref name="from"/> whose id is at least <paramref name="target"/> (galloping).</summary>
    public int Seek(int from, int target)
    {
        var ids = _ids;
        var count = Count;
        var step = 1;
        var hi = from;
        while (hi < count && ids[hi] < target)
        {
            from = hi + 1;
            hi += step;
            step <<= 1;
        }
        if (hi > count) hi = count;
        var lo = from;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ids[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
