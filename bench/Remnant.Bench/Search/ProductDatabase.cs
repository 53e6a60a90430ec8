using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Search;
using Remnant.Domain.Text;

namespace Remnant.Bench.Search;

/// <summary>
/// Writes the generated items into a real Remnant SQLite database (schema from the product's own
/// migrations), in bulk: one case, a recovery per 50 items, items with serial and lot, markings
/// (an item with a box marking is packaging, as in the product).
/// </summary>
internal static class ProductDatabase
{
    public static async Task CreateAsync(string dataDirectory, IReadOnlyList<BenchItem> items)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["REMNANT_DATA"] = dataDirectory, ["Storage:Provider"] = "Sqlite", ["Remnant:SeedDemo"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRemnantData(configuration).BuildServiceProvider();
        await using (services)
        {
            await DatabaseStartup.InitializeAsync(services, seedDemo: false);
        }
        await using var db = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "remnant.db")}");
        await db.OpenAsync();
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
        await Exec(db, tx, "INSERT INTO Cases (Id, Title, CreatedAt) VALUES ('bench-case', 'Benchmark', 0)");
        var recovery = Prepare(db, tx, "INSERT INTO Recoveries (Id, CaseId, SourceType, CreatedAt, Country) VALUES ($id, 'bench-case', 'FieldDocumentation', 0, 'UA')", "$id");
        var item = Prepare(db, tx, "INSERT INTO Items (Id, RecoveryId, Category, Quantity, CreatedAt, SerialNumber, LotNumber, SerialKey, LotKey) " +
            "VALUES ($id, $rec, $cat, 1, 0, $serial, $lot, $skey, $lkey)", "$id", "$rec", "$cat", "$serial", "$lot", "$skey", "$lkey");
        var marking = Prepare(db, tx, "INSERT INTO Markings (Id, ItemId, Text, TextKey, Method, Legibility, CreatedAt) VALUES ($id, $item, $text, $key, 'Unknown', 'Clear', 0)",
            "$id", "$item", "$text", "$key");
        var markingCount = 0;
        foreach (var b in items)
        {
            var rec = $"bench-rec-{b.Id / 50}";
            if (b.Id % 50 == 0) await Run(recovery, rec);
            var serial = b.Entries.FirstOrDefault(e => e.Field == SearchField.Serial).Text;
            var lot = b.Entries.FirstOrDefault(e => e.Field == SearchField.Lot).Text;
            var category = b.Entries.Any(e => e.Field == SearchField.BoxMarking) ? "Packaging" : "Missile";
            await Run(item, Id(b.Id), rec, category, serial, lot, FoldKey.Fold(serial), FoldKey.Fold(lot));
            foreach (var e in b.Entries.Where(e => e.Field is SearchField.Marking or SearchField.BoxMarking))
                await Run(marking, $"bench-m-{markingCount++}", Id(b.Id), e.Text, FoldKey.Fold(e.Text));
        }
        await tx.CommitAsync();
    }

    public static string Id(int item) => $"bench-{item}";

    private static SqliteCommand Prepare(SqliteConnection db, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = new SqliteCommand(sql, db, tx);
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static async Task Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Exec(SqliteConnection db, SqliteTransaction tx, string sql)
    {
        await using var command = new SqliteCommand(sql, db, tx);
        await command.ExecuteNonQueryAsync();
    }
}
