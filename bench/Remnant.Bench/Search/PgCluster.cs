using System.Diagnostics;

namespace Remnant.Bench.Search;

/// <summary>
/// A private PostgreSQL 15 cluster for the peer measurement (TOOLING.md section 4): own data
/// directory and port, loopback only, durability off (the benchmark loads, it does not keep).
/// </summary>
internal sealed class PgCluster : IAsyncDisposable
{
    public const int Port = 55461;
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string Root = "/tmp/remnant-bench-pg-search";

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=bench;Pooling=false;Timeout=30;Command Timeout=900";

    public static bool Available => File.Exists($"{Bin}/pg_ctl");

    public static async Task<PgCluster> StartAsync()
    {
        await Sh($"{Bin}/pg_ctl -D {Root}/data -m immediate -w stop >/dev/null 2>&1 || true");
        await Sh($"rm -rf {Root} && mkdir -p {Root}/sock && chown -R postgres:postgres {Root}");
        await Sh($"runuser -u postgres -- {Bin}/initdb -D {Root}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null");
        await Sh($"runuser -u postgres -- {Bin}/pg_ctl -D {Root}/data -l {Root}/log -w -t 60 -o \"-p {Port} -k {Root}/sock " +
                 "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off " +
                 "-c shared_buffers=1GB -c maintenance_work_mem=1GB -c work_mem=64MB -c max_wal_size=8GB -c jit=off\" start >/dev/null");
        await Sh($"runuser -u postgres -- {Bin}/createdb -h {Root}/sock -p {Port} bench");
        return new PgCluster();
    }

    public async ValueTask DisposeAsync()
    {
        await Sh($"runuser -u postgres -- {Bin}/pg_ctl -D {Root}/data -m fast -w stop >/dev/null");
        await Sh($"rm -rf {Root}");
    }

    private static async Task Sh(string command)
    {
        var info = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{command}' failed: {error}");
    }
}
