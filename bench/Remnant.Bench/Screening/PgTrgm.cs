using System.Diagnostics;
using Npgsql;
using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>A private PostgreSQL cluster on port 55451 under /tmp/remnant-bench-pg (TOOLING.md section 4),
/// loaded with every name, queried with pg_trgm's <c>%</c> operator and <c>similarity()</c>; stopped at the end.</summary>
internal sealed class PgTrgm : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string Root = "/tmp/remnant-bench-pg";
    private const int Port = 55451;
    private readonly NpgsqlDataSource source;

    private PgTrgm(NpgsqlDataSource source) => this.source = source;

    public static async Task<PgTrgm?> StartAsync(IReadOnlyList<ListSnapshot> lists)
    {
        if (!File.Exists($"{Bin}/pg_ctl")) { Console.Error.WriteLine("pg_trgm: PostgreSQL 15 is not installed; skipped"); return null; }
        Run("rm", $"-rf {Root}");
        Directory.CreateDirectory($"{Root}/sock");
        Run("chown", $"-R postgres:postgres {Root}");
        Run("runuser", $"-u postgres -- {Bin}/initdb -D {Root}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        Run("runuser", $"-u postgres -- {Bin}/pg_ctl -D {Root}/data -l {Root}/log -w -t 30 -o \"-p {Port} -k {Root}/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off\" start");
        var data = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres");
        await using (var cmd = data.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE TABLE names(source text, party text, name text); "))
            await cmd.ExecuteNonQueryAsync();
        await using (var conn = await data.OpenConnectionAsync())
        await using (var writer = await conn.BeginBinaryImportAsync("COPY names (source, party, name) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var party in lists.SelectMany(l => l.Parties))
                foreach (var name in party.Names)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(party.Source.ToCode());
                    await writer.WriteAsync(party.StableId);
                    await writer.WriteAsync(name.Text);
                }
            await writer.CompleteAsync();
        }
        await using (var cmd = data.CreateCommand("CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops); ANALYZE names;"))
            await cmd.ExecuteNonQueryAsync();
        return new PgTrgm(data);
    }

    /// <summary>Screens each query: the trigram index gives names above similarity 0.3, best per party.</summary>
    public async Task<List<Returned>> ScreenAsync(IEnumerable<LabelledQuery> set)
    {
        var result = new List<Returned>();
        await using var conn = await source.OpenConnectionAsync();
        await using (var limit = new NpgsqlCommand("SELECT set_limit(0.3)", conn)) await limit.ExecuteNonQueryAsync();
        const string sql = """
            SELECT source, party, max(similarity(name, @q)) AS s FROM names
            WHERE name % @q AND (@list IS NULL OR source = @list)
              AND NOT (party = @expected AND name = @hidden) AND party IS DISTINCT FROM @hiddenParty
            GROUP BY source, party ORDER BY s DESC LIMIT 10
            """;
        foreach (var q in set)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            cmd.Parameters.AddWithValue("q", q.Text);
            cmd.Parameters.Add(new NpgsqlParameter("list", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.List?.ToCode() ?? DBNull.Value });
            cmd.Parameters.AddWithValue("expected", (object?)q.ExpectedId ?? "");
            cmd.Parameters.AddWithValue("hidden", (object?)q.HiddenName ?? "");
            cmd.Parameters.Add(new NpgsqlParameter("hiddenParty", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.HiddenParty ?? DBNull.Value });
            var hits = new List<(ListSource, string, double)>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ListSources.TryParse(reader.GetString(0), out var list);
                hits.Add((list, reader.GetString(1), reader.GetFloat(2)));
            }
            result.Add(new Returned(q, hits));
        }
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        Run("runuser", $"-u postgres -- {Bin}/pg_ctl -D {Root}/data -m fast -w stop");
        Run("rm", $"-rf {Root}");
    }

    private static void Run(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        p.WaitForExit();
        if (p.ExitCode != 0) Console.Error.WriteLine($"{file} {args}: exit {p.ExitCode} {p.StandardError.ReadToEnd()}");
    }
}
