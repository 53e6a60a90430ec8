using Remnant.Domain.Search;
using Remnant.Domain.Text;

namespace Remnant.Bench.Search;

/// <summary>
/// The true answers, from a scan of every entry: contains (partial), equals (exact) over fold
/// keys, and the fuzzy rule (skeleton edit distance within the allowance) for OCR queries.
/// Written independently of the index: no postings, no filters, its own edit distance.
/// </summary>
internal sealed class BruteForce
{
    private readonly string[] _keys;
    private readonly string[] _skeletons;
    private readonly int[] _items;

    public BruteForce(IReadOnlyList<BenchItem> items)
    {
        var keys = new List<string>();
        var owners = new List<int>();
        foreach (var item in items)
        {
            foreach (var entry in item.Entries)
            {
                keys.Add(FoldKey.Fold(entry.Text));
                owners.Add(item.Id);
            }
        }
        _keys = [.. keys];
        _items = [.. owners];
        _skeletons = _keys.Select(OcrConfusions.Skeleton).ToArray();
    }

    public int Entries => _keys.Length;

    public void Answer(IReadOnlyList<BenchQuery> queries) =>
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q => q.Truth = Answer(q));

    private HashSet<int> Answer(BenchQuery query)
    {
        var folded = FoldKey.Fold(query.Text);
        var truth = new HashSet<int>();
        if (query.Mode == SearchMode.Fuzzy)
        {
            var skeleton = OcrConfusions.Skeleton(folded);
            var allowed = OcrConfusions.AllowedEdits(skeleton.Length);
            for (var e = 0; e < _keys.Length; e++)
            {
                if (Math.Abs(skeleton.Length - _skeletons[e].Length) <= allowed && Distance(skeleton, _skeletons[e], allowed) <= allowed) truth.Add(_items[e]);
            }
            return truth;
        }
        for (var e = 0; e < _keys.Length; e++)
        {
            var hit = query.Mode == SearchMode.Exact
                ? string.Equals(_keys[e], folded, StringComparison.Ordinal)
                : _keys[e].Contains(folded, StringComparison.Ordinal);
            if (hit) truth.Add(_items[e]);
        }
        return truth;
    }

    /// <summary>Levenshtein distance; stops early (returning more than <paramref name="max"/>) once every cell of a row exceeds it.</summary>
    private static int Distance(string a, string b, int max)
    {
        Span<int> previous = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (rowBest > max) return max + 1;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
