using System.CommandLine;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Cli.Commands;

/// <summary><c>remnant screen "NAME" [--schema Person|Company] [--json]</c> and <c>remnant screen --file names.csv --json</c>:
/// screens against each list's latest snapshot; one JSON object per input line, in input order.</summary>
internal static class ScreenCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string?>("NAME") { Description = "The name to screen.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "A CSV file with a 'name' column (and optional 'schema'); one result per row." };
        var schema = new Option<string?>("--schema") { Description = "Person, Company, Organization, Vessel or Aircraft." };
        var json = new Option<bool>("--json") { Description = "JSON (one object per line) instead of text." };
        var command = new Command("screen", "Screen names against the latest UN, OFAC and EU snapshots.") { name, file, schema, json };
        command.SetAction((parsed, ct) => RunAsync(environment, parsed.GetValue(name), parsed.GetValue(file), parsed.GetValue(schema), parsed.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string? name, string? file, string? schemaText, bool json, CancellationToken ct)
    {
        if ((name is null) == (file is null)) throw new UsageException("give either a NAME or --file names.csv");
        PartySchema? schema = null;
        if (schemaText is not null)
        {
            if (!PartySchemas.TryParse(schemaText, out var s)) throw new UsageException($"--schema '{schemaText}' is not Person, Company, Organization, Vessel or Aircraft");
            schema = s;
        }
        if (file is not null && !File.Exists(file)) throw new UsageException($"No such file: {file}");
        using var names = file is null ? null : new NameFile(file, schema);
        var rows = names?.Rows() ?? [(name!, schema)];
        await using var services = await CliHost.OpenDatabaseAsync(environment, ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        var index = new SanctionsIndex();
        await index.RefreshAsync(db, ct);
        if (index.Index is null) environment.Say("screen", "no sanctions list is imported yet: run `remnant sanctions import FILE` first.");
        var who = services.GetRequiredService<IOptions<RemnantOptions>>().Value.Operator;
        var clock = services.GetRequiredService<TimeProvider>();
        var threshold = services.GetRequiredService<Remnant.Data.Sanctions.ScreeningSettings>().Threshold;
        await using var writer = new StreamWriter(environment.Output, leaveOpen: true);
        var options = new ScreeningOptions { Threshold = threshold };
        // Names are read, screened and logged a batch at a time: one commit per batch, and the change
        // tracker let go after it, so a file of any length costs the same per name.
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var parses = batch.Select(r => ScreeningQuery.Parse(r.Name, r.Schema)).ToArray();
            var results = await index.ScreenAndLogAsync(db, [.. parses.Select(p => p.Query)], options, who, "cli", clock.GetUtcNow(), ct);
            db.ChangeTracker.Clear();
            for (var i = 0; i < batch.Length; i++)
                await writer.WriteLineAsync(json ? Json(batch[i].Name, parses[i], results[i]) : Text(batch[i].Name, parses[i], results[i]));
        }
        return 0;
    }

    private const int BatchSize = 500;

    /// <summary>A CSV file of names, its header checked on opening, its rows read as they are screened.</summary>
    private sealed class NameFile : IDisposable
    {
        private readonly CsvReader csv;
        private readonly PartySchema? schema;
        private readonly bool hasSchema;

        public NameFile(string path, PartySchema? schema)
        {
            csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, SkipEmptyLines = false });
            var headers = csv.Headers;
            if (!headers.Contains("name"))
            {
                csv.Dispose();
                throw new UsageException($"{path} has no 'name' column (columns: {string.Join(", ", headers)})");
            }
            hasSchema = headers.Contains("schema");
            this.schema = schema;
        }

        public IEnumerable<(string Name, PartySchema? Schema)> Rows()
        {
            while (csv.Read())
            {
                var rowSchema = hasSchema && PartySchemas.TryParse(csv.GetString("schema"), out var s) ? s : schema;
                yield return (csv.GetString("name") ?? "", rowSchema);
            }
        }

        public void Dispose() => csv.Dispose();
    }

    private static string Json(string query, QueryParse parse, ScreeningResult? result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("query", query);
            w.WriteStartArray("matches");
            foreach (var m in result?.Matches ?? [])
            {
                w.WriteStartObject();
                w.WriteString("name", m.Party.PrimaryName);
                w.WriteString("list", m.Party.Source.ToCode());
                w.WriteString("reference", m.Party.Reference);
                w.WriteNumber("score", Math.Round(m.Score, 4));
                w.WriteBoolean("match", m.IsMatch);
                w.WriteString("explanation", m.Explanation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (!parse.Succeeded) w.WriteString("error", $"{parse.Field} {parse.Reason}");
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Text(string query, QueryParse parse, ScreeningResult? result)
    {
        if (!parse.Succeeded) return $"{query}: refused: {parse.Field} {parse.Reason}";
        var matches = result?.Matches ?? [];
        if (matches.Count == 0) return $"{query}: no listing found";
        return $"{query}:\n" + string.Join("\n", matches.Select(m =>
            $"  {(m.IsMatch ? "MATCH" : "below")} {m.Score:0.00}  {m.Party.Source.ToCode()} {m.Party.Reference}  {m.Party.PrimaryName}\n      {m.Explanation}"));
    }
}
