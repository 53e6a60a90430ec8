using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remnant.Data.Demo;

namespace Remnant.Data.Storage;

/// <summary>Brings the database to the current schema when the app or the CLI starts.</summary>
public static class DatabaseStartup
{
    /// <summary>Applies migrations and the append-only guard on the history. Seeds the demo case
    /// only when <paramref name="seedDemo"/> is set and the database holds no case at all.</summary>
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        await MigrateAsync(db, cancellationToken);
        if (seedDemo && scope.ServiceProvider.GetRequiredService<IOptions<RemnantOptions>>().Value.SeedDemo
            && !await db.Cases.AnyAsync(cancellationToken))
        {
            await DemoCase.SeedAsync(scope.ServiceProvider, cancellationToken);
            if (scope.ServiceProvider.GetRequiredService<IOptions<RemnantOptions>>().Value.DemoSanctionsFolder is { Length: > 0 } folder)
                await DemoSanctions.ImportAsync(scope.ServiceProvider, folder, cancellationToken);
        }
    }

    /// <summary>Applies migrations and (re)creates the triggers that make the history append-only.</summary>
    public static async Task MigrateAsync(RemnantDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var sql in AppendOnlyGuard(db.Database.IsNpgsql()))
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private static string[] AppendOnlyGuard(bool postgres) => postgres
        ? [
            """
            CREATE OR REPLACE FUNCTION remnant_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'History is append-only'; END $$;
            """,
            """DROP TRIGGER IF EXISTS history_append_only ON "History";""",
            """CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON "History" FOR EACH ROW EXECUTE FUNCTION remnant_history_append_only();""",
        ]
        : [
            """CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON "History" BEGIN SELECT RAISE(ABORT, 'History is append-only'); END;""",
            """CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON "History" BEGIN SELECT RAISE(ABORT, 'History is append-only'); END;""",
        ];
}
