using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Evidence;
using Remnant.Data.Exchange;
using Remnant.Data.Storage;

namespace Remnant.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "json, csv, geojson or bundle (a zip with the JSON and the evidence bytes).", Required = true };
        format.AcceptOnlyFromAmong("json", "csv", "geojson", "bundle");
        var output = new Option<string?>("--out") { Description = "The file to write; without it the export goes to stdout (not for bundle)." };
        var caseId = new Option<string?>("--case") { Description = "Export only this case (its id) and what hangs from it." };
        var command = new Command("export", "Export records as JSON, CSV, GeoJSON or a bundle.") { format, output, caseId };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(environment, parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(caseId), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string formatName, string? path, string? caseId,
        CancellationToken cancellationToken)
    {
        if (!ExchangeFormats.TryParse(formatName, out var format)) throw new UsageException($"Unknown format '{formatName}'.");
        if (format == ExchangeFormat.Bundle && path is null) throw new UsageException("--format bundle writes a zip: give --out FILE.");
        await using var services = await CliHost.OpenDatabaseAsync(environment, cancellationToken);
        await using var serviceScope = services.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        if (await ExportScope.OpenAsync(db, caseId, cancellationToken) is not { } scope)
        {
            environment.Say("export", $"error: there is no case '{caseId}'.");
            return 1;
        }
        var blobs = serviceScope.ServiceProvider.GetRequiredService<BlobStore>();
        var (count, unit, warnings) = path is null
            ? await WriteAsync(environment, format, scope, blobs, environment.Output, cancellationToken)
            : await WriteFileAsync(environment, format, scope, blobs, path, cancellationToken);
        foreach (var warning in warnings) environment.Say("export", $"warning: {warning}");
        environment.Say("export", $"wrote {count} {unit} as {formatName} to {path ?? "stdout"}.");
        return 0;
    }

    // Written beside the target and moved into place at the end, so a failed export never leaves half a file.
    private static async Task<(int, string, List<string>)> WriteFileAsync(CliEnvironment environment, ExchangeFormat format,
        ExportScope scope, BlobStore blobs, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            (int, string, List<string>) result;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
            {
                result = await WriteAsync(environment, format, scope, blobs, file, cancellationToken);
            }
            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static Task<(int, string, List<string>)> WriteAsync(CliEnvironment environment, ExchangeFormat format, ExportScope scope,
        BlobStore blobs, Stream output, CancellationToken cancellationToken) =>
        CliProgress.RunAsync(environment, async progress =>
        {
            var counter = new Progress(progress);
            switch (format)
            {
                case ExchangeFormat.Csv:
                    var (rows, warnings) = await CsvExporter.WriteAsync(scope, output, counter, cancellationToken);
                    return (rows, "rows", warnings);
                case ExchangeFormat.GeoJson:
                    return (await GeoJsonExporter.WriteAsync(scope, output, cancellationToken), "features", new List<string>());
                case ExchangeFormat.Bundle:
                    var (files, missing) = await Bundle.WriteAsync(scope, blobs, output, progress, cancellationToken);
                    return (files, "evidence files with the JSON", missing);
                default:
                    return (await JsonExporter.WriteAsync(scope, output, counter, cancellationToken), "records", new List<string>());
            }
        });

    private sealed class Progress(IProgress<ExchangeProgress> stages) : IProgress<int>
    {
        public void Report(int value) => stages.Report(new ExchangeProgress("Exporting", value, null));
    }
}
