namespace Remnant.Domain.Search;

/// <summary>
/// Keeps the best <see cref="Capacity"/> entries seen, by score, then field, shorter text, older
/// entry. A plain array min-heap: most offers lose to the current worst and cost one compare.
/// </summary>
internal sealed class TopHits(int capacity)
{
    private readonly Rank[] _heap = new Rank[capacity];
    private int _count;

    public int Capacity { get; } = capacity;

    /// <summary>Every entry offered, kept or not.</summary>
    public int Total { get; private set; }

    /// <summary>True once a candidate was skipped as unable to reach the kept best: <see cref="Total"/> is then a lower bound.</summary>
    public bool Pruned { get; private set; }

    public void Prune() => Pruned = true;

    /// <summary>Counts a match that is known not to be kept (it cannot beat the kept best).</summary>
    public void Count() => Total++;

    /// <summary>
    /// False when an entry scoring at most <paramref name="bound"/> could not be kept: the heap
    /// is full and even that score, with the entry's own tie-breakers, does not beat the worst kept.
    /// </summary>
    public bool CouldKeep(double bound, byte field, int length, int entry) =>
        _count < Capacity || new Rank(bound, field, length, entry).Beats(_heap[0]);

    /// <summary>The score an offer must beat once the heap is full.</summary>
    public double Floor => _count < Capacity ? double.NegativeInfinity : _heap[0].Score;

    public void Offer(int entry, double score, SearchField field, int length)
    {
        Total++;
        var rank = new Rank(score, (byte)field, length, entry);
        if (_count < Capacity)
        {
            _heap[_count] = rank;
            Up(_count++);
        }
        else if (rank.Beats(_heap[0]))
        {
            _heap[0] = rank;
            Down(0);
        }
    }

    /// <summary>The kept entries, best first.</summary>
    public List<(int Entry, double Score)> Best()
    {
        var kept = _heap.AsSpan(0, _count).ToArray();
        Array.Sort(kept, static (a, b) => a.Beats(b) ? -1 : b.Beats(a) ? 1 : 0);
        return kept.Select(r => (r.Entry, r.Score)).ToList();
    }

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!_heap[parent].Beats(_heap[i])) break;
            (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < _count && _heap[worst].Beats(_heap[left])) worst = left;
            if (right < _count && _heap[worst].Beats(_heap[right])) worst = right;
            if (worst == i) return;
            (_heap[worst], _heap[i]) = (_heap[i], _heap[worst]);
            i = worst;
        }
    }

    private readonly record struct Rank(double Score, byte Field, int Length, int Entry)
    {
        public bool Beats(Rank other)
        {
            if (Score != other.Score) return Score > other.Score;
            if (Field != other.Field) return Field < other.Field;
            if (Length != other.Length) return Length < other.Length;
            return Entry < other.Entry;
        }
    }
}
