namespace Remnant.Domain.Search;

/// <summary>Keeps the best <see cref="Capacity"/> entries seen, by score then field, length and age.</summary>
internal sealed class TopHits
{
    private readonly PriorityQueue<int, Rank> _heap;

    public TopHits(int capacity)
    {
        Capacity = capacity;
        _heap = new PriorityQueue<int, Rank>(Math.Min(capacity, 1024) + 1, Rank.WorstFirst);
    }

    public int Capacity { get; }

    /// <summary>Every entry offered, kept or not.</summary>
    public int Total { get; private set; }

    public void Offer(int entry, double score, SearchField field, int length)
    {
        Total++;
        var rank = new Rank(score, (byte)field, length, entry);
        if (_heap.Count < Capacity) _heap.Enqueue(entry, rank);
        else if (_heap.TryPeek(out _, out var worst) && Rank.WorstFirst.Compare(rank, worst) > 0) _heap.EnqueueDequeue(entry, rank);
    }

    /// <summary>The kept entries, best first.</summary>
    public List<(int Entry, double Score)> Best()
    {
        var list = new List<(int, double, Rank)>(_heap.Count);
        foreach (var (entry, rank) in _heap.UnorderedItems) list.Add((entry, rank.Score, rank));
        list.Sort((a, b) => Rank.WorstFirst.Compare(b.Item3, a.Item3));
        return list.ConvertAll(x => (x.Item1, x.Item2));
    }

    internal readonly record struct Rank(double Score, byte Field, int Length, int Entry)
    {
        /// <summary>Orders worse before better: lower score, then later field, longer text, newer entry.</summary>
        public static readonly IComparer<Rank> WorstFirst = Comparer<Rank>.Create(static (a, b) =>
        {
            var byScore = a.Score.CompareTo(b.Score);
            if (byScore != 0) return byScore;
            if (a.Field != b.Field) return b.Field.CompareTo(a.Field);
            if (a.Length != b.Length) return b.Length.CompareTo(a.Length);
            return b.Entry.CompareTo(a.Entry);
        });
    }
}
