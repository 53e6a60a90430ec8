using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Evidence;
using Remnant.Data.Exchange;
using Remnant.Data.Storage;

namespace Remnant.Cli.Commands;

internal static class VerifyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Also write the report as JSON on stdout." };
        var command = new Command("verify", "Re-hash every stored evidence file and check it against the database. " +
                                            "Exits 1 when a file is missing or altered.") { json };
        command.SetAction((parsed, cancellationToken) => RunAsync(environment, parsed.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, bool json, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.OpenDatabaseAsync(environment, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        var blobs = scope.ServiceProvider.GetRequiredService<BlobStore>();
        var report = await CliProgress.RunAsync(environment, progress => BlobAudit.RunAsync(db, blobs, progress, cancellationToken));

        var missing = report.Findings.Count(f => f.Problem == AuditProblem.Missing);
        var altered = report.Findings.Count(f => f.Problem == AuditProblem.Altered);
        var orphans = report.Findings.Count(f => f.Problem == AuditProblem.Orphan);
        environment.Say("verify", $"{report.Checked} stored files checked: {report.Intact} intact, {missing} missing, {altered} altered; " +
                                  $"{orphans} orphan blobs; {report.NotPresentRecords} records without bytes (imported as not present).");
        foreach (var f in report.Findings)
        {
            var ids = f.EvidenceFileIds.Count > 0 ? $" (evidence {string.Join(", ", f.EvidenceFileIds)})" : "";
            environment.Error.WriteLine(f.Problem switch
            {
                AuditProblem.Missing => $"missing: {f.Blob}{ids}: recorded as present, not in the store.",
                AuditProblem.Altered => $"altered: {f.Blob}{ids}: the bytes now hash to {f.ActualSha256}.",
                _ => $"orphan: {SafeText.Of(f.Blob)}: no evidence record names it (kept; nothing is deleted).",
            });
        }
        environment.Say("verify", report.Passed ? "passed." : "FAILED: evidence is missing or altered.");
        if (json) await WriteJsonAsync(environment.Output, report, cancellationToken);
        return report.Passed ? 0 : 1;
    }

    private static async Task WriteJsonAsync(Stream output, AuditReport report, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, ExchangeJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("passed", report.Passed);
        writer.WriteNumber("checked", report.Checked);
        writer.WriteNumber("intact", report.Intact);
        writer.WriteNumber("notPresentRecords", report.NotPresentRecords);
        foreach (var (name, problem) in new[] { ("missing", AuditProblem.Missing), ("altered", AuditProblem.Altered), ("orphans", AuditProblem.Orphan) })
        {
            writer.WriteStartArray(name);
            foreach (var f in report.Findings.Where(f => f.Problem == problem))
            {
                writer.WriteStartObject();
                writer.WriteString("blob", f.Blob);
                if (f.ActualSha256 is not null) writer.WriteString("actualSha256", f.ActualSha256);
                writer.WriteStartArray("evidenceFileIds");
                foreach (var id in f.EvidenceFileIds) writer.WriteStringValue(id);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }
}
