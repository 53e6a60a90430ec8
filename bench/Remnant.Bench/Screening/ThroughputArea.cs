using System.Diagnostics;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary><c>taskset -c 0 bench/run.sh screen-tp</c>: throughput alone, and accuracy at the default
/// threshold, for quick checks while changing the matcher's speed (the full figures come from <c>screen</c>).</summary>
public sealed class ThroughputArea : IBenchArea
{
    public string Name => "screen-tp";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        var lists = SharedLists.Load();
        var set = LabelledSet.Build(lists, 1500, 1000, 10_000, out _);
        var index = ScreeningIndex.Build(lists);
        var queries = set.Select(q => ScreeningQuery.Parse(q.Text, q.Schema).Query).OfType<ScreeningQuery>().ToList();
        foreach (var q in queries.Take(300)) index.Screen(q);
        var (g0, g1, g2, bytes) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        var watch = Stopwatch.StartNew();
        foreach (var q in queries) index.Screen(q);
        Console.WriteLine($"{queries.Count / watch.Elapsed.TotalSeconds:0} queries/s ({queries.Count} queries)");
        Console.WriteLine($"GC {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}, {(GC.GetTotalAllocatedBytes() - bytes) / queries.Count} bytes/query");
        var a = Evaluation.At(Evaluation.RunRemnant(index, set), ScreeningOptions.DefaultThreshold);
        Console.WriteLine($"P {a.Precision:0.000} R {a.Recall:0.000} F1 {a.F1:0.000} non-listed {a.NonListedRate:P2} similar {a.SimilarRate:P2}");
        return Task.FromResult(0);
    }
}
