using System.Globalization;

namespace Remnant.Bench.Search;

/// <summary>Prints the search area's figures as Markdown tables.</summary>
internal sealed class SearchReport(bool quick, int queryCount)
{
    private readonly List<Measurement> _results = [];

    public List<(int Scale, double Threshold, double Recall, double P50)> Tuning { get; } = [];

    public List<(QueryKind Kind, string Query, string Plan)> Explains { get; } = [];

    public string PeerNote { get; set; } = "";

    public string LoadBefore { get; set; } = "";

    public string LoadAfter { get; set; } = "";

    public void Add(Measurement measurement) => _results.Add(measurement);

    public void Print(TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"Mode: {(quick ? "quick" : "full")}; {queryCount} queries per scale (40% fragments/partial, 30% look-alike/exact, 30% OCR/fuzzy), limit 10, one query at a time.");
        if (PeerNote.Length > 0) o.WriteLine($"Peer: {PeerNote}");
        o.WriteLine($"Machine load average (1/5/15 min) at start: {LoadBefore}; at end: {LoadAfter} (2 cores shared with other work).");
        o.WriteLine();
        o.WriteLine("| engine | items | build s | index MiB | p50 ms | p95 ms | max ms | recall@10 | fragments | look-alike | OCR | OCR source in top 10 | notes |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in _results)
        {
            var all = r.Latencies().ToList();
            o.WriteLine(string.Create(c, $"| {r.Engine} | {r.Scale:N0} | {r.BuildSeconds:F1} | {r.IndexBytes / 1048576.0:F0} | {Measurement.Percentile(all, 0.5):F3} | {Measurement.Percentile(all, 0.95):F3} | {all.Max():F1} | {r.RecallAt10():F3} | {r.RecallAt10(QueryKind.Fragment):F3} | {r.RecallAt10(QueryKind.LookAlike):F3} | {r.RecallAt10(QueryKind.Ocr):F3} | {r.SourceInTop10():F3} | {r.Note} |"));
        }
        o.WriteLine();
        foreach (var r in _results.Where(r => r.CpuLatencies.Count > 0))
        {
            o.WriteLine(string.Create(c, $"- {r.Engine}, {r.Scale:N0} items: CPU time of the searching thread p50 {Measurement.Percentile(r.CpuLatencies, 0.5):F3} ms, p95 {Measurement.Percentile(r.CpuLatencies, 0.95):F3} ms (excludes waiting for a core)"));
        }
        o.WriteLine();
        o.WriteLine("Latency by query kind (p50 / p95 ms):");
        o.WriteLine();
        o.WriteLine("| engine | items | fragments | look-alike | OCR |");
        o.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var r in _results)
        {
            string Cell(QueryKind k) => string.Create(c, $"{Measurement.Percentile(r.Latencies(k), 0.5):F3} / {Measurement.Percentile(r.Latencies(k), 0.95):F3}");
            o.WriteLine(string.Create(c, $"| {r.Engine} | {r.Scale:N0} | {Cell(QueryKind.Fragment)} | {Cell(QueryKind.LookAlike)} | {Cell(QueryKind.Ocr)} |"));
        }
        PrintGrowth(o, c);
        o.WriteLine();
        o.WriteLine("Slowest queries at the largest scale:");
        o.WriteLine();
        foreach (var r in _results.Where(r => r.Scale == _results.Max(x => x.Scale)))
        {
            o.WriteLine($"- {r.Engine}: " + string.Join(", ", r.Slowest(5).Select(s => string.Create(c, $"'{s.Query.Text}' ({s.Query.Mode}, {s.Query.Truth.Count} true items) {s.Ms:F1} ms"))));
        }
        if (Tuning.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("pg_trgm similarity threshold tuning (first 60 OCR queries):");
            o.WriteLine();
            o.WriteLine("| items | threshold | OCR recall@10 | p50 ms |");
            o.WriteLine("|---:|---:|---:|---:|");
            foreach (var t in Tuning) o.WriteLine(string.Create(c, $"| {t.Scale:N0} | {t.Threshold} | {t.Recall:F3} | {t.P50:F1} |"));
        }
        foreach (var (kind, query, plan) in Explains)
        {
            o.WriteLine();
            o.WriteLine($"EXPLAIN ANALYZE, pg_trgm, {kind} query '{query}':");
            o.WriteLine("```");
            o.WriteLine(plan);
            o.WriteLine("```");
        }
    }

    private void PrintGrowth(TextWriter o, CultureInfo c)
    {
        o.WriteLine();
        o.WriteLine("Growth from the smallest to the largest scale (p50 / p95 ratio):");
        o.WriteLine();
        foreach (var engine in _results.Select(r => r.Engine).Distinct())
        {
            var runs = _results.Where(r => r.Engine == engine).OrderBy(r => r.Scale).ToList();
            if (runs.Count < 2) continue;
            var (small, large) = (runs[0], runs[^1]);
            var p50 = Measurement.Percentile(large.Latencies(), 0.5) / Measurement.Percentile(small.Latencies(), 0.5);
            var p95 = Measurement.Percentile(large.Latencies(), 0.95) / Measurement.Percentile(small.Latencies(), 0.95);
            o.WriteLine(string.Create(c, $"- {engine}: {small.Scale:N0} -> {large.Scale:N0} items: p50 x{p50:F1}, p95 x{p95:F1}"));
        }
    }
}
