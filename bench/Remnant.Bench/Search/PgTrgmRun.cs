using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Remnant.Domain.Search;
using Remnant.Domain.Text;

namespace Remnant.Bench.Search;

/// <summary>
/// The peer a team would otherwise pick: the same fold keys in PostgreSQL with a GIN trigram
/// index, queried through Npgsql on loopback with ILIKE (partial), = (exact) and % ordered by
/// similarity (fuzzy), the similarity threshold tuned for its best recall.
/// </summary>
internal sealed class PgTrgmRun(string connectionString)
{
    public async Task<Measurement> LoadAsync(string table, IReadOnlyList<BenchItem> items)
    {
        var result = new Measurement("PostgreSQL pg_trgm", items.Count);
        await using var db = await Open();
        await Exec(db, $"CREATE EXTENSION IF NOT EXISTS pg_trgm; DROP TABLE IF EXISTS {table}; CREATE UNLOGGED TABLE {table} (item int NOT NULL, field smallint NOT NULL, key text NOT NULL)");
        var clock = Stopwatch.StartNew();
        await using (var copy = await db.BeginBinaryImportAsync($"COPY {table} (item, field, key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var item in items)
            {
                foreach (var entry in item.Entries)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(item.Id, NpgsqlDbType.Integer);
                    await copy.WriteAsync((short)entry.Field, NpgsqlDbType.Smallint);
                    await copy.WriteAsync(FoldKey.Fold(entry.Text), NpgsqlDbType.Text);
                }
            }
            await copy.CompleteAsync();
        }
        var loaded = clock.Elapsed.TotalSeconds;
        await Exec(db, $"CREATE INDEX {table}_trgm ON {table} USING gin (key gin_trgm_ops); ANALYZE {table}");
        result.BuildSeconds = clock.Elapsed.TotalSeconds;
        await using var size = new NpgsqlCommand($"SELECT pg_relation_size('{table}_trgm')", db);
        result.IndexBytes = (long)(await size.ExecuteScalarAsync())!;
        result.Note = $"COPY {loaded:F1} s, GIN build {result.BuildSeconds - loaded:F1} s";
        return result;
    }

    public async Task RunAsync(Measurement result, string table, IReadOnlyList<BenchQuery> queries, double threshold)
    {
        await using var db = await Open();
        await Exec(db, $"SET pg_trgm.similarity_threshold = {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        foreach (var q in queries.Take(20)) await QueryAsync(db, table, q);   // warm-up
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var top = await QueryAsync(db, table, q);
            result.Add(q, Stopwatch.GetElapsedTime(start).TotalMilliseconds, top);
        }
    }

    public async Task<string> ExplainAsync(string table, BenchQuery query, double threshold)
    {
        await using var db = await Open();
        await Exec(db, $"SET pg_trgm.similarity_threshold = {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var (sql, args) = Sql(table, query);
        await using var cmd = new NpgsqlCommand("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + sql, db);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        var lines = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    private static (string Sql, object[] Args) Sql(string table, BenchQuery q)
    {
        var key = FoldKey.Fold(q.Text);
        return q.Mode switch
        {
            SearchMode.Exact => ($"SELECT item FROM {table} WHERE key = $1 LIMIT 40", [key]),
            SearchMode.Partial => ($"SELECT item FROM {table} WHERE key ILIKE $1 ORDER BY similarity(key, $2) DESC LIMIT 40", [$"%{key}%", key]),
            _ => ($"SELECT item FROM {table} WHERE key % $1 ORDER BY similarity(key, $1) DESC LIMIT 40", [key]),
        };
    }

    private static async Task<List<int>> QueryAsync(NpgsqlConnection db, string table, BenchQuery q)
    {
        var (sql, args) = Sql(table, q);
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        var items = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var item = reader.GetInt32(0);
            if (!items.Contains(item)) items.Add(item);
            if (items.Count == 10) break;
        }
        return items;
    }

    private async Task<NpgsqlConnection> Open()
    {
        var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        return db;
    }

    private static async Task Exec(NpgsqlConnection db, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, db);
        await cmd.ExecuteNonQueryAsync();
    }
}
