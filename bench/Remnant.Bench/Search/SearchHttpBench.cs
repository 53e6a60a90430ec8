using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Remnant.Bench.Search;

/// <summary>
/// Remnant's search as users get it: the generated items written into a real SQLite database,
/// the web app started on loopback (its index rebuilt at start by streaming rows, timed until
/// <c>/health</c> answers 200), then the same kinds of queries through <c>GET /api/v1/search</c>.
/// <c>bench/run.sh [--quick] search-http [items] [--db DIR]</c>: 200,000 items quick, 1,000,000 full.
/// With <c>--db DIR</c> the database is kept in DIR and reused by the next run with the same
/// items (writing 1,000,000 items takes minutes and is not what is measured).
/// </summary>
public sealed class SearchHttpBench : IBenchArea
{
    private const int Seed = 20241118;

    public string Name => "search-http";

    public async Task<int> RunAsync(string[] args, bool quick)
    {
        var dbAt = Array.IndexOf(args, "--db");
        var keep = dbAt >= 0 && dbAt + 1 < args.Length ? Path.GetFullPath(args[dbAt + 1]) : null;
        if (dbAt >= 0) args = args.Where((_, i) => i != dbAt && i != dbAt + 1).ToArray();
        var given = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var count = given is not null ? int.Parse(given, CultureInfo.InvariantCulture) : quick ? 200_000 : 1_000_000;
        var clock = Stopwatch.StartNew();
        void Log(string text) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {text}");
        var web = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../src/Remnant.Web/bin/Release/net10.0/linux-x64/Remnant.Web.dll"));
        if (!File.Exists(web)) { Console.Error.WriteLine($"build the web app first: {web} is missing"); return 2; }

        var items = new CorpusGenerator(Seed).Generate(count, new OcrNoise(Seed + 1));
        var queries = new QueryGenerator(Seed + count, new OcrNoise(Seed + 2 + count)).Generate(items, quick ? 500 : 1000);
        new BruteForce(items).Answer(queries);
        Log($"{count:N0} items, {queries.Count} queries with brute-force truth");
        var data = keep is null ? Directory.CreateTempSubdirectory("remnant-bench-http-").FullName : Path.Combine(keep, $"items-{count}");
        var done = Path.Combine(data, "written");
        try
        {
            if (keep is not null && File.Exists(done))
            {
                Log($"reusing the database in {data}");
            }
            else
            {
                Directory.CreateDirectory(data);
                var write = Stopwatch.StartNew();
                await ProductDatabase.CreateAsync(data, items);
                await File.WriteAllTextAsync(done, $"{count} items, seed {Seed}\n");
                Log($"database written in {write.Elapsed.TotalSeconds:F1} s");
            }
            if (args.Contains("--write-only")) return 0;
            // This process shares the core with the app: collect its own garbage (the items and
            // their truth) now, so no background collection of it runs while the app starts.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var port = FreePort();
            var start = Stopwatch.StartNew();
            using var app = Process.Start(new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
            {
                Environment = { ["REMNANT_DATA"] = data, ["Storage__Provider"] = "Sqlite", ["Remnant__SeedDemo"] = "false", ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            while (!await Healthy(http))
            {
                if (app.HasExited || start.Elapsed > TimeSpan.FromMinutes(10)) { Console.Error.WriteLine(await app.StandardError.ReadToEndAsync()); return 1; }
                await Task.Delay(200);
            }
            var ready = start.Elapsed.TotalSeconds;
            var rss = Rss(app.Id);
            Log($"web app ready (index rebuilt) in {ready:F1} s, RSS {rss / 1048576.0:F0} MiB");
            var result = new Measurement("Remnant HTTP API", count);
            foreach (var q in queries.Take(50)) await Query(http, q);
            foreach (var q in queries)
            {
                var t = Stopwatch.GetTimestamp();
                var top = await Query(http, q);
                result.Add(q, Stopwatch.GetElapsedTime(t).TotalMilliseconds, top);
            }
            app.Kill(entireProcessTree: true);
            Print(result, ready, rss, quick);
            return 0;
        }
        finally
        {
            if (keep is null) Directory.Delete(data, recursive: true);
        }
    }

    private static void Print(Measurement r, double ready, long rss, bool quick)
    {
        var c = CultureInfo.InvariantCulture;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        Console.WriteLine($"Mode: {(quick ? "quick" : "full")}; load average at end: {load}");
        Console.WriteLine();
        Console.WriteLine("| engine | items | start to /health 200 s | process RSS MiB | p50 ms | p95 ms | recall@10 | fragments p95 | look-alike p95 | OCR p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(c, $"| {r.Engine} (SQLite, loopback) | {r.Scale:N0} | {ready:F1} | {rss / 1048576.0:F0} | {Measurement.Percentile(r.Latencies(), 0.5):F2} | {Measurement.Percentile(r.Latencies(), 0.95):F2} | {r.RecallAt10():F3} | {Measurement.Percentile(r.Latencies(QueryKind.Fragment), 0.95):F2} | {Measurement.Percentile(r.Latencies(QueryKind.LookAlike), 0.95):F2} | {Measurement.Percentile(r.Latencies(QueryKind.Ocr), 0.95):F2} |"));
    }

    private static async Task<List<int>> Query(HttpClient http, BenchQuery q)
    {
        var mode = q.Mode.ToString().ToLowerInvariant();
        using var response = await http.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q.Text)}&mode={mode}&limit=10");
        if (response.StatusCode != HttpStatusCode.OK) return [];
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return json["results"]!.AsArray().Select(h => int.Parse(h!["item"]!["id"]!.GetValue<string>()["bench-".Length..], CultureInfo.InvariantCulture)).ToList();
    }

    private static async Task<bool> Healthy(HttpClient http)
    {
        try { return (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK; }
        catch (HttpRequestException) { return false; }
    }

    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
