using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Remnant.Web.Tests.Infrastructure;

/// <summary>The whole web app in process, on a fresh database and data directory of its own.
/// Derived per provider so that one suite runs on SQLite and on real PostgreSQL.</summary>
public abstract class RemnantFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("remnant-test-").FullName;

    public FixedClock Clock { get; } = new();

    /// <summary>Whether the demo case is seeded at start (off: tests start from an empty database).</summary>
    protected virtual bool SeedDemo => false;

    /// <summary>Upload limit for the tests (small, so 413 is cheap to provoke).</summary>
    public virtual long MaxUploadBytes => 2 * 1024 * 1024;

    public abstract string Provider { get; }

    protected abstract string? ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("REMNANT_DATA", DataDirectory);
        builder.UseSetting("Storage:Provider", Provider);
        builder.UseSetting("Remnant:Operator", "tester");
        builder.UseSetting("Remnant:SeedDemo", SeedDemo ? "true" : "false");
        builder.UseSetting("Remnant:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ConnectionString is { } cs) builder.UseSetting("ConnectionStrings:Remnant", cs);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        }
    }
}

public class SqliteFactory : RemnantFactory
{
    public override string Provider => "Sqlite";
    protected override string? ConnectionString => null;
}

public class PostgresFactory : RemnantFactory
{
    private readonly string _database = $"remnant_test_{Guid.NewGuid():N}";

    public override string Provider => "Postgres";

    protected override string? ConnectionString => TestPostgres.ConnectionString(_database);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) TestPostgres.Drop(_database);
    }
}

/// <summary>The private PostgreSQL cluster that <c>./test.sh</c> starts; its server connection string
/// is in <c>REMNANT_TEST_PG</c>. Each factory gets a database of its own.</summary>
public static class TestPostgres
{
    public static string Server => Environment.GetEnvironmentVariable("REMNANT_TEST_PG")
        ?? throw new InvalidOperationException("REMNANT_TEST_PG is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, Pooling = true }.ConnectionString;

    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
