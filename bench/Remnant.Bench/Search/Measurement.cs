namespace Remnant.Bench.Search;

/// <summary>Latencies and top-10 answers of one engine over one query set.</summary>
internal sealed class Measurement(string engine, int scale)
{
    private readonly List<(BenchQuery Query, double Ms, IReadOnlyList<int> Top)> _runs = [];
    private readonly List<double> _cpu = [];

    public string Engine { get; } = engine;

    public int Scale { get; } = scale;

    public double BuildSeconds { get; set; }

    public long IndexBytes { get; set; }

    public string Note { get; set; } = "";

    public void Add(BenchQuery query, double ms, IReadOnlyList<int> top, double cpuMs = double.NaN)
    {
        _runs.Add((query, ms, top));
        if (!double.IsNaN(cpuMs)) _cpu.Add(cpuMs);
    }

    /// <summary>Per-query CPU time of the searching thread; empty when not measured (out-of-process peers).</summary>
    public IReadOnlyList<double> CpuLatencies => _cpu;

    public IEnumerable<(BenchQuery Query, double Ms)> Slowest(int count) =>
        _runs.OrderByDescending(r => r.Ms).Take(count).Select(r => (r.Query, r.Ms));

    public IEnumerable<double> Latencies(QueryKind? kind = null) =>
        _runs.Where(r => kind is null || r.Query.Kind == kind).Select(r => r.Ms);

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>Mean over queries with a non-empty truth of |top10 ∩ truth| / min(10, |truth|).</summary>
    public double RecallAt10(QueryKind? kind = null)
    {
        var scored = _runs.Where(r => (kind is null || r.Query.Kind == kind) && r.Query.Truth.Count > 0).ToList();
        if (scored.Count == 0) return double.NaN;
        return scored.Average(r => (double)r.Top.Take(10).Count(r.Query.Truth.Contains) / Math.Min(10, r.Query.Truth.Count));
    }

    /// <summary>Share of OCR queries whose source item (the record the query was made from) is in the top 10.</summary>
    public double SourceInTop10() =>
        _runs.Where(r => r.Query.Kind == QueryKind.Ocr).DefaultIfEmpty().Average(r => r.Top?.Take(10).Contains(r.Query.SourceItem) == true ? 1.0 : 0.0);
}
