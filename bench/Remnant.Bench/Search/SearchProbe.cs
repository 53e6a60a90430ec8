using System.Diagnostics;
using Remnant.Domain.Search;
using Remnant.Domain.Text;

namespace Remnant.Bench.Search;

/// <summary>
/// Diagnostic companion of <see cref="SearchBench"/>: builds the index, then lists the queries
/// that cost the most CPU (each re-run 15 times, minimum shown) to show where time goes.
/// <c>bench/run.sh search-probe [items]</c>; no peer, no truth, not a result.
/// </summary>
public sealed class SearchProbe : IBenchArea
{
    public string Name => "search-probe";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        var n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var items = new CorpusGenerator(20241118).Generate(n, new OcrNoise(20241119));
        var texts = items.SelectMany(i => i.Entries).Select(e => e.Text).ToList();
        var sw = Stopwatch.StartNew();
        var folds = texts.Select(FoldKey.Fold).ToList();
        Console.WriteLine($"fold {sw.Elapsed.TotalSeconds:F2}s"); sw.Restart();
        var sks = folds.Select(OcrConfusions.Skeleton).ToList();
        Console.WriteLine($"skeleton {sw.Elapsed.TotalSeconds:F2}s"); sw.Restart();
        var index = new SearchIndex();
        index.UpsertMany(items.Select(i => (i.ItemId, (IReadOnlyList<SearchEntry>)i.Entries)));
        Console.WriteLine($"build {sw.Elapsed.TotalSeconds:F2}s"); sw.Restart();
        var queries = new QueryGenerator(20241118 + n, new OcrNoise(5)).Generate(items, 500);
        foreach (var q in queries) index.Search(q.Text, q.Mode, 10);
        var times = new List<(double, BenchQuery, int)>();
        foreach (var q in queries)
        {
            var t = ThreadCpu.NowMs();
            var r = index.Search(q.Text, q.Mode, 10);
            times.Add((ThreadCpu.NowMs() - t, q, r.TotalMatches));
        }
        var sorted = times.Select(t => t.Item1).Order().ToList();
        Console.WriteLine($"cpu p50 {sorted[sorted.Count / 2]:F3} p95 {sorted[(int)(sorted.Count * 0.95)]:F3}");
        foreach (var (ms, q, total) in times.OrderByDescending(t => t.Item1).Take(20))
        {
            var min = double.MaxValue;
            for (var k = 0; k < 15; k++)
            {
                var t = ThreadCpu.NowMs();
                index.Search(q.Text, q.Mode, 10);
                min = Math.Min(min, ThreadCpu.NowMs() - t);
            }
            Console.WriteLine($"{ms,8:F2} ms (min of 15: {min,7:F2}) {q.Kind,-9} {q.Mode,-7} '{q.Text}' fold={FoldKey.Fold(q.Text)} total={total}");
        }
        return Task.FromResult(0);
    }
}
