using System.Diagnostics;
using Remnant.Domain.Search;

namespace Remnant.Bench.Search;

/// <summary>Builds Remnant's in-process index over the items and runs the queries one by one.</summary>
internal static class RemnantRun
{
    public static (Measurement Result, SearchIndex Index) Run(IReadOnlyList<BenchItem> items, IReadOnlyList<BenchQuery> queries)
    {
        var result = new Measurement("Remnant in-process", items.Count);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = new SearchIndex();
        index.UpsertMany(items.Select(i => (i.ItemId, (IReadOnlyList<SearchEntry>)i.Entries)));
        result.BuildSeconds = clock.Elapsed.TotalSeconds;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        result.IndexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        result.Note = $"estimated by the index itself: {index.EstimatedBytes / 1048576.0:F0} MiB";

        foreach (var q in queries.Take(100)) index.Search(q.Text, q.Mode, 10);   // warm-up (JIT, caches)
        foreach (var q in queries)
        {
            var cpu = ThreadCpu.NowMs();
            var start = Stopwatch.GetTimestamp();
            var found = index.Search(q.Text, q.Mode, 10);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu = ThreadCpu.NowMs() - cpu;
            result.Add(q, ms, found.Hits.Select(h => int.Parse(h.ItemId, System.Globalization.CultureInfo.InvariantCulture)).ToList(), cpu);
        }
        return (result, index);
    }
}
