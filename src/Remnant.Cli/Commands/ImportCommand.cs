using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Exchange;

namespace Remnant.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file, a JSON export, or a bundle (.zip) from `remnant export --format bundle`." };
        var caseName = new Option<string?>("--case")
        {
            Description = "CSV rows without a case go into this case (an existing case's id or title, else a new case of that title) " +
                          "instead of a new case named after the file.",
        };
        var format = new Option<string?>("--format") { Description = "json, csv or bundle; from the file's extension or content when omitted." };
        format.AcceptOnlyFromAmong("json", "csv", "bundle");
        var command = new Command("import", "Import records from a file. Every row is checked first; if any is invalid nothing is written.")
        {
            file, caseName, format,
        };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(environment, parsed.GetValue(file)!, parsed.GetValue(caseName), parsed.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string path, string? caseName, string? formatName,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new UsageException($"No such file: {path}");
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var format = formatName is not null && ExchangeFormats.TryParse(formatName, out var given) ? given : await DetectAsync(path, input, cancellationToken);
        if (caseName is not null && format != ExchangeFormat.Csv)
            throw new UsageException("--case applies to CSV files only: JSON and bundles name the case of every recovery.");

        await using var services = await CliHost.OpenDatabaseAsync(environment, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var report = await CliProgress.RunAsync(environment, progress => format switch
        {
            ExchangeFormat.Csv => ActivatorUtilities.CreateInstance<CsvImporter>(scope.ServiceProvider)
                .ImportAsync(input, Path.GetFileName(path), caseName, progress, cancellationToken),
            ExchangeFormat.Bundle => Bundle.ImportAsync(ActivatorUtilities.CreateInstance<JsonImporter>(scope.ServiceProvider), input, progress, cancellationToken),
            _ => ActivatorUtilities.CreateInstance<JsonImporter>(scope.ServiceProvider).ImportAsync(input, null, progress, cancellationToken),
        });
        Summarise(environment, Path.GetFileName(path), format, report);
        return report.Succeeded ? 0 : 1;
    }

    private static async Task<ExchangeFormat> DetectAsync(string path, FileStream input, CancellationToken cancellationToken)
    {
        var head = new byte[64];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        input.Position = 0;
        return ExchangeFormats.Detect(path, head.AsSpan(0, read));
    }

    private static void Summarise(CliEnvironment environment, string name, ExchangeFormat format, ImportReport report)
    {
        var unit = format == ExchangeFormat.Csv ? "rows" : "records";
        environment.Say("import", $"{SafeText.Of(name)}: {report.Read} {unit} read: {report.Accepted} accepted, {report.Rejected} rejected.");
        foreach (var problem in report.Problems) environment.Error.WriteLine(SafeText.Of(problem.ToString()));
        if (!report.Succeeded)
        {
            environment.Say("import", "nothing was written.");
            return;
        }
        foreach (var note in report.Notes) environment.Say("import", SafeText.Of(note));
        environment.Say("import", $"created {Counts(report.Created)}; updated {Counts(report.Updated)}; {report.Unchanged} unchanged.");
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "nothing" : string.Join(", ", counts.Select(c => $"{c.Value} {Noun(c.Key, c.Value)}"));

    private static string Noun(string type, int count) => (type, count == 1) switch
    {
        ("Recovery", false) => "recoveries",
        ("EvidenceFile", var one) => one ? "evidence file" : "evidence files",
        ("CustodyEvent", var one) => one ? "custody event" : "custody events",
        (_, var one) => one ? type.ToLowerInvariant() : type.ToLowerInvariant() + "s",
    };
}
