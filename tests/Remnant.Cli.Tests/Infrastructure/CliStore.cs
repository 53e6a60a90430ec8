using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Remnant.Data.Evidence;
using Remnant.Data.Storage;

namespace Remnant.Cli.Tests.Infrastructure;

/// <summary>What one run of the command printed: stdout (machine output only) and stderr.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A data directory and database of one test's own, on SQLite or on the private PostgreSQL
/// that <c>./test.sh</c> starts (<c>REMNANT_TEST_PG</c>). Runs the <c>remnant</c> command tree in
/// process against it, with a fixed clock.</summary>
public sealed class CliStore : IAsyncDisposable
{
    private readonly string? _database;

    public CliStore(string provider)
    {
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("remnant-cli-test-").FullName;
        Settings = new Dictionary<string, string?>
        {
            ["REMNANT_DATA"] = DataDirectory,
            ["Storage:Provider"] = provider,
            ["Remnant:Operator"] = "tester",
            ["ConnectionStrings:Remnant"] = null,
        };
        if (provider == Providers.Postgres)
        {
            _database = $"remnant_cli_{Guid.NewGuid():N}";
            Settings["ConnectionStrings:Remnant"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database }.ConnectionString;
        }
    }

    public string Provider { get; }

    public string DataDirectory { get; }

    public Dictionary<string, string?> Settings { get; }

    public FixedClock Clock { get; } = new();

    public string BlobRoot => Path.Combine(DataDirectory, "blobs");

    private static string PostgresServer => Environment.GetEnvironmentVariable("REMNANT_TEST_PG")
        ?? throw new InvalidOperationException("REMNANT_TEST_PG is not set.");

    /// <summary>Runs <c>remnant ARGS</c> and captures what it wrote.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new MemoryStream();
        await using var stderr = new StringWriter();
        var code = await RemnantCli.RunAsync(args, new CliEnvironment(stdout, stderr, Settings, Clock));
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>Runs and asserts exit code 0, showing everything printed when it is not.</summary>
    public async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>Runs <paramref name="query"/> against this store's database.</summary>
    public async Task<T> QueryAsync<T>(Func<RemnantDbContext, Task<T>> query)
    {
        await using var services = await CliHost.OpenDatabaseAsync(new CliEnvironment(Stream.Null, TextWriter.Null, Settings, Clock), default);
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RemnantDbContext>());
    }

    /// <summary>Attaches <paramref name="bytes"/> as evidence to an item, as the web upload does.</summary>
    public async Task<string> AttachAsync(byte[] bytes, string name, string itemId)
    {
        await using var services = await CliHost.OpenDatabaseAsync(new CliEnvironment(Stream.Null, TextWriter.Null, Settings, Clock), default);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EvidenceIngest>().AttachAsync(new MemoryStream(bytes), name, itemId, null, "test photo");
        Assert.True(result.File is not null, result.Message);
        return result.File.Sha256;
    }

    /// <summary>Writes <paramref name="content"/> to a file in the data directory's sibling folder and returns its path.</summary>
    public string WriteFile(string name, string content, bool bom = false)
    {
        var folder = Path.Combine(DataDirectory, "inputs");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(bom));
        return path;
    }

    public string PathFor(string name)
    {
        var folder = Path.Combine(DataDirectory, "inputs");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The providers every test runs on: SQLite always, PostgreSQL when <c>REMNANT_TEST_PG</c> is set.</summary>
public static class Providers
{
    public const string Sqlite = "Sqlite", Postgres = "Postgres";

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REMNANT_TEST_PG"))) data.Add(Postgres);
            return data;
        }
    }
}
