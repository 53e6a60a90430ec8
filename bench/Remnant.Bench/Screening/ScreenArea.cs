using System.Diagnostics;
using System.Globalization;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary><c>taskset -c 0 bench/run.sh [--quick] screen</c>: accuracy on the labelled set, throughput
/// on one core and index memory for the Remnant matcher, with a Jaro-Winkler full scan and PostgreSQL
/// pg_trgm measured side by side on the same sample of queries.</summary>
public sealed partial class ScreenArea : IBenchArea
{
    public string Name => "screen";

    public async Task<int> RunAsync(string[] args, bool quick)
    {
        var lists = SharedLists.Load();
        var set = LabelledSet.Build(lists, 1500, 1000, 10_000, out var unrelated);
        Console.WriteLine($"Labelled set {LabelledSet.Fingerprint(set)}: {set.Count} queries: {Count(set, QueryKind.Positive)} positives, " +
            $"{Count(set, QueryKind.SimilarListed)} similar-listed negatives, {Count(set, QueryKind.NonListed)} non-listed; {unrelated} unrelated aliases left out.\n");

        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var index = ScreeningIndex.Build(lists);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var indexMb = (GC.GetTotalMemory(true) - before) / 1048576.0;
        GC.KeepAlive(index);

        var remnant = Evaluation.RunRemnant(index, set);
        Console.WriteLine("Remnant matcher, whole set:\n");
        // The lowest threshold at which at most 1% of the non-listed names reach a listed party.
        var atOnePercent = Enumerable.Range(50, 50).Select(i => i / 100.0).First(t => Evaluation.At(remnant, t).NonListedRate <= 0.01);
        Table(remnant, [.. new[] { 0.7, 0.75, 0.8, atOnePercent, ScreeningOptions.DefaultThreshold, 0.85, 0.9 }.Distinct().Order()], atOnePercent);
        Diagnose(remnant, DiagnoseAt(), lists);
        Namesakes(index, remnant, ScreeningOptions.DefaultThreshold);

        // Peers scan every name for every query; they run on a fixed sample of the same set.
        var step = quick ? 29 : 14;
        var sample = set.Where((_, i) => i % step == 0).ToList();
        Console.WriteLine($"\nSame {sample.Count}-query sample (every {step}th query); each matcher at the threshold that gives it its best F1 on this sample:\n");
        Console.WriteLine("| matcher | best F1 (threshold) | precision | recall | non-listed FP | queries/s |");
        Console.WriteLine("|---|---|---|---|---|---|");
        watch.Restart();
        var rs = Evaluation.RunRemnant(index, sample);
        Peer("Remnant (index, all features)", rs, sample.Count / watch.Elapsed.TotalSeconds);
        watch.Restart();
        var jw = Baselines.JaroWinklerScan(lists, sample);
        Peer("Jaro-Winkler full scan (F23.StringSimilarity)", jw, sample.Count / watch.Elapsed.TotalSeconds);
        await using (var pg = await PgTrgm.StartAsync(lists))
        {
            if (pg is not null)
            {
                watch.Restart();
                var trgm = await pg.ScreenAsync(sample);
                Peer("PostgreSQL 15 pg_trgm similarity (GIN)", trgm, sample.Count / watch.Elapsed.TotalSeconds);
            }
        }

        var (qps, cpuQps, n) = Throughput(index, set, quick ? 3000 : set.Count);
        Console.WriteLine($"\nThroughput: {qps:0} queries/s wall clock, {cpuQps:0} per CPU-second of the one core ({n} queries, no filter, full scoring and explanations; " +
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} while it ran); " +
            $"index {index.PartyCount} parties, {index.NameCount} names, {index.KeyCount} keys, {indexMb:0.0} MB managed heap, built in {buildSeconds:0.0} s.");
        return 0;
    }

    /// <summary>How many false positives at <paramref name="threshold"/> are parties that carry the query's
    /// own name (the same words, in any order, case or punctuation): no name matcher can tell those
    /// apart, so they bound the precision any matcher can reach on this set.</summary>
    private static void Namesakes(ScreeningIndex index, List<Returned> returned, double threshold)
    {
        var parties = index.Parties.ToDictionary(p => (p.Source, p.StableId));
        int falsePositives = 0, sameName = 0;
        foreach (var r in returned)
        {
            foreach (var hit in r.Hits.Where(h => h.Score >= threshold && !(r.Query.Kind == QueryKind.Positive && h.List == r.Query.List && h.Id == r.Query.ExpectedId)))
            {
                falsePositives++;
                if (parties.TryGetValue((hit.List, hit.Id), out var party)
                    && party.Names.Any(n => NameComparison.Compare(r.Query.Text, n.Text).Score >= 0.999)) sameName++;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nAt {threshold:0.00}: {falsePositives} false positives, of which {sameName} are another listed party bearing the query's own name word for word (family members, branches, namesakes)."));
        // The same figures with those hits counted as right, since a screener must review a listed party
        // under the name asked for: a second reading of the strict figure, never a replacement for it.
        var strict = Evaluation.At(returned, threshold);
        var lenient = strict with { FalsePositives = strict.FalsePositives - sameName };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Counting those {sameName} as correct hits: precision {lenient.Precision:0.000}, recall {lenient.Recall:0.000}, F1 {lenient.F1:0.000} (strict: {strict.Precision:0.000}, {strict.Recall:0.000}, {strict.F1:0.000})."));
    }

    private static int Count(IEnumerable<LabelledQuery> set, QueryKind kind) => set.Count(q => q.Kind == kind);

    private static void Table(List<Returned> returned, double[] thresholds, double atOnePercent)
    {
        Console.WriteLine("| threshold | precision | recall | F1 | non-listed FP rate | similar-listed FP rate |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var t in thresholds)
        {
            var a = Evaluation.At(returned, t);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {t:0.00}{(Math.Abs(t - ScreeningOptions.DefaultThreshold) < 1e-9 ? " (default)" : "")}{(Math.Abs(t - atOnePercent) < 1e-9 ? " (1% non-listed)" : "")} | {a.Precision:0.000} | {a.Recall:0.000} | {a.F1:0.000} | {a.NonListedRate:P2} | {a.SimilarRate:P2} |"));
        }
    }

    private static void Peer(string name, List<Returned> returned, double qps)
    {
        var grid = Enumerable.Range(10, 90).Select(i => i / 100.0).ToList();
        var best = grid.Select(t => (T: t, A: Evaluation.At(returned, t))).MaxBy(x => x.A.F1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {best.A.F1:0.000} ({best.T:0.00}) | {best.A.Precision:0.000} | {best.A.Recall:0.000} | {best.A.NonListedRate:P2} | {qps:0} |"));
    }

    private static (double Qps, double CpuQps, int Count) Throughput(ScreeningIndex index, IReadOnlyList<LabelledQuery> set, int count)
    {
        // One core: the process is pinned to CPU 0 (run it under taskset -c 0 too), one thread.
        if (OperatingSystem.IsLinux()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var queries = set.Take(count).Select(q => ScreeningQuery.Parse(q.Text, q.Schema).Query).OfType<ScreeningQuery>().ToList();
        foreach (var q in queries.Take(200)) index.Screen(q);
        // The machine is shared: CPU time of this process counts only the work, wall time counts waiting too.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var hits = 0;
        foreach (var q in queries) hits += index.Screen(q).Matches.Count;
        GC.KeepAlive(hits);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (queries.Count / watch.Elapsed.TotalSeconds, queries.Count / cpuSeconds, queries.Count);
    }
}
