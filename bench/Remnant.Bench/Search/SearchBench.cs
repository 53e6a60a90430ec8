using System.Diagnostics;

namespace Remnant.Bench.Search;

/// <summary>
/// Search area: Remnant's in-process index against PostgreSQL pg_trgm on the same generated
/// items and queries, at 100,000 and 1,000,000 items, true answers from a brute-force scan.
/// </summary>
public sealed class SearchBench : IBenchArea
{
    private const int Seed = 20241118;
    private const int TuningQueries = 60;

    public string Name => "search";

    public async Task<int> RunAsync(string[] args, bool quick)
    {
        var scales = new[] { 100_000, 1_000_000 };
        var queryCount = quick ? 500 : 1000;
        double[] thresholds = quick ? [0.3, 0.4, 0.5] : [0.2, 0.3, 0.4, 0.5, 0.6];
        var withPeer = !args.Contains("--no-peer");
        var clock = Stopwatch.StartNew();
        void Log(string text) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {text}");

        var noise = new OcrNoise(Seed + 1);
        var items = new CorpusGenerator(Seed).Generate(scales[^1], noise);
        Log($"generated {items.Count:N0} items, {items.Sum(i => i.Entries.Length):N0} entries, {items.Count(i => i.Noisy):N0} with OCR noise");

        var report = new SearchReport(quick, queryCount) { LoadBefore = LoadAverage() };
        var querySets = new Dictionary<int, List<BenchQuery>>();
        foreach (var scale in scales)
        {
            var subset = items.Take(scale).ToList();
            var queries = new QueryGenerator(Seed + scale, new OcrNoise(Seed + 2 + scale)).Generate(subset, queryCount);
            var truth = Stopwatch.StartNew();
            new BruteForce(subset).Answer(queries);
            Log($"{scale:N0}: brute-force truth for {queries.Count} queries in {truth.Elapsed.TotalSeconds:F1} s");
            querySets[scale] = queries;

            var (measured, index) = RemnantRun.Run(subset, queries);
            index.Dispose();
            report.Add(measured);
            Log($"{scale:N0}: Remnant built in {measured.BuildSeconds:F1} s, p95 {Measurement.Percentile(measured.Latencies(), 0.95):F2} ms, recall@10 {measured.RecallAt10():F3}");
        }

        if (!withPeer || !PgCluster.Available)
        {
            report.PeerNote = withPeer ? "PostgreSQL 15 not installed: peer skipped" : "peer skipped (--no-peer)";
        }
        else
        {
            await using var cluster = await PgCluster.StartAsync();
            var pg = new PgTrgmRun(cluster.ConnectionString);
            foreach (var scale in scales)
            {
                var table = $"entries_{scale}";
                var queries = querySets[scale];
                var measured = await pg.LoadAsync(table, items.Take(scale).ToList());
                Log($"{scale:N0}: pg_trgm loaded and indexed in {measured.BuildSeconds:F1} s");
                var threshold = await TuneAsync(pg, table, queries, thresholds, report, scale, Log);
                await pg.RunAsync(measured, table, queries, threshold);
                measured.Note += $", similarity_threshold {threshold}";
                report.Add(measured);
                Log($"{scale:N0}: pg_trgm p95 {Measurement.Percentile(measured.Latencies(), 0.95):F2} ms, recall@10 {measured.RecallAt10():F3}");
                if (scale == scales[^1])
                {
                    foreach (var kind in Enum.GetValues<QueryKind>())
                    {
                        var sample = queries.First(q => q.Kind == kind && q.Text.Length >= 4);
                        report.Explains.Add((kind, sample.Text, await pg.ExplainAsync(table, sample, threshold)));
                    }
                }
            }
        }
        report.LoadAfter = LoadAverage();
        report.Print(Console.Out);
        Log("done");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task<double> TuneAsync(PgTrgmRun pg, string table, List<BenchQuery> queries, double[] thresholds,
        SearchReport report, int scale, Action<string> log)
    {
        var ocr = queries.Where(q => q.Kind == QueryKind.Ocr).Take(TuningQueries).ToList();
        var best = (Threshold: thresholds[0], Recall: -1.0, P50: double.MaxValue);
        foreach (var threshold in thresholds)
        {
            var trial = new Measurement("tuning", scale);
            await pg.RunAsync(trial, table, ocr, threshold);
            var recall = trial.RecallAt10();
            var p50 = Measurement.Percentile(trial.Latencies(), 0.5);
            report.Tuning.Add((scale, threshold, recall, p50));
            log($"{scale:N0}: threshold {threshold}: OCR recall@10 {recall:F3}, p50 {p50:F1} ms");
            if (recall > best.Recall + 1e-9 || (Math.Abs(recall - best.Recall) < 1e-9 && p50 < best.P50)) best = (threshold, recall, p50);
        }
        return best.Threshold;
    }
}
