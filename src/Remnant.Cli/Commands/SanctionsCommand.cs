using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Exchange;
using Remnant.Data.Sanctions;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;

namespace Remnant.Cli.Commands;

/// <summary><c>remnant sanctions import FILE [--source un|ofac|eu] [--date yyyy-MM-dd]</c>: stores a list release
/// as a snapshot (idempotent), prints its diff against the previous one, and re-screens every party.</summary>
internal static class SanctionsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "UN XML, OFAC sdn.csv (with alt.csv and add.csv beside it) or sdnList XML, EU XML or CSV." };
        var source = new Option<string?>("--source") { Description = "un, ofac or eu; detected from the content when omitted." };
        source.AcceptOnlyFromAmong("un", "ofac", "eu");
        var date = new Option<string?>("--date") { Description = "Release date (yyyy-MM-dd) for files that carry none (OFAC CSV); default: the file's date." };
        var import = new Command("import", "Import a sanctions list release. A bad file changes nothing.") { file, source, date };
        import.SetAction((parsed, ct) => ImportAsync(environment, parsed.GetValue(file)!, parsed.GetValue(source), parsed.GetValue(date), ct));
        return new Command("sanctions", "Sanctions lists: import releases.") { import };
    }

    private static async Task<int> ImportAsync(CliEnvironment environment, string path, string? sourceText, string? dateText, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new UsageException($"No such file: {path}");
        ListSource? source = ListSources.TryParse(sourceText, out var s) ? s : null;
        DateTimeOffset? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw new UsageException($"--date '{dateText}' is not yyyy-MM-dd");
            date = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        var parsed = SanctionsFile.Import(path, source, date);
        if (!parsed.Succeeded)
        {
            environment.Say("sanctions import", $"refused {Path.GetFileName(path)}: {parsed.Describe()}; nothing was written.");
            return 1;
        }
        var snapshot = parsed.Snapshot!;
        await using var services = await CliHost.OpenDatabaseAsync(environment, ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var who = services.GetRequiredService<IOptions<RemnantOptions>>().Value.Operator;
        var outcome = await CliProgress.RunAsync(environment, async progress =>
        {
            var stored = await SanctionsStore.ImportAsync(db, snapshot, who, clock.GetUtcNow(), path,
                new Progress(p => progress.Report(new ExchangeProgress("Storing listings", p.Done, p.Total))), ct);
            return stored;
        });
        var r = outcome.Snapshot;
        if (outcome.AlreadyImported)
        {
            environment.Say("sanctions import", $"{r.Source} list of {r.GeneratedAt:yyyy-MM-dd} is already imported as {r.Id}: nothing changed.");
            return 0;
        }
        environment.Say("sanctions import", $"{r.Source} list of {r.GeneratedAt:yyyy-MM-dd}: {r.PartyCount} parties stored as {r.Id}; " +
                                            $"since the previous snapshot: {r.Added} added, {r.Removed} removed, {r.Changed} changed.");
        var index = new SanctionsIndex();
        await index.RefreshAsync(db, ct);
        var rescreen = await PartyRescreen.RunAsync(db, index, clock.GetUtcNow(), ct,
            threshold: services.GetRequiredService<Remnant.Data.Sanctions.ScreeningSettings>().Threshold);
        environment.Say("sanctions import", $"re-screened {rescreen.Parties} parties: {rescreen.New} new flags, {rescreen.Cleared} cleared, {rescreen.Kept} kept.");
        return 0;
    }

    private sealed class Progress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
