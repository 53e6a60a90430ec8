using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remnant.Data.Sanctions;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;

namespace Remnant.Data.Demo;

/// <summary>
/// The list releases in a folder, imported with the demo case so that a first start can screen names: every
/// file <see cref="SanctionsFile"/> recognises (UN XML, OFAC <c>sdn.csv</c> with its companions, OFAC and EU
/// XML, EU CSV), the newest release of each list as a snapshot as <c>remnant sanctions import</c> stores it. A
/// file it does not recognise, or refuses, is logged and skipped; the demo starts all the same. OFAC's CSV carries no date: a date in the
/// file's name (ofac_2021-07_sdn.csv) dates it, else the file's last-write time.
/// </summary>
public static partial class DemoSanctions
{
    /// <summary>Imports the recognised list files of <paramref name="folder"/>.</summary>
    public static async Task ImportAsync(IServiceProvider services, string folder, CancellationToken cancellationToken = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSanctions));
        if (!Directory.Exists(folder))
        {
            log.LogWarning("Demo sanctions folder {Folder} does not exist: no lists imported.", folder);
            return;
        }
        var db = services.GetRequiredService<RemnantDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var who = services.GetRequiredService<IOptions<RemnantOptions>>().Value.Operator;
        var releases = new List<(string Path, Domain.Screening.ListSnapshot Snapshot)>();
        foreach (var path in ListFiles(folder))
        {
            var parsed = SanctionsFile.Import(path, null, DateInName(path));
            if (parsed.Succeeded) releases.Add((path, parsed.Snapshot!));
            else log.LogWarning("Demo sanctions: {File} skipped: {Reason}", Path.GetFileName(path), parsed.Describe());
        }
        // The newest release of each list only: an older one would be stored as the list's past with a diff to
        // the newer one read backwards (OFAC's 2018 non-SDN list beside its 2021 SDN list).
        foreach (var (path, snapshot) in releases.GroupBy(r => r.Snapshot.Source).Select(g => g.MaxBy(r => r.Snapshot.GeneratedAt)))
        {
            var stored = await SanctionsStore.ImportAsync(db, snapshot, who, now, path, null, cancellationToken);
            log.LogInformation("Demo sanctions: {File}: {Source} list of {Date:yyyy-MM-dd}, {Parties} parties.",
                Path.GetFileName(path), stored.Snapshot.Source, stored.Snapshot.GeneratedAt, stored.Snapshot.PartyCount);
        }
    }

    /// <summary>The folder's list files in name order: XML and CSV, leaving out OFAC's companion files, which
    /// its <c>sdn.csv</c> reads itself.</summary>
    private static IEnumerable<string> ListFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Companion().IsMatch(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);

    /// <summary>The yyyy-MM(-dd) date in a file's name, at midnight UTC, or null.</summary>
    private static DateTimeOffset? DateInName(string path)
    {
        var m = NameDate().Match(Path.GetFileName(path));
        if (!m.Success) return null;
        var text = m.Groups["day"].Success ? m.Value : m.Value + "-01";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    [GeneratedRegex(@"_(alt|add|sdn_comments|comments)\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Companion();

    [GeneratedRegex(@"(19|20)\d\d-[01]\d(?<day>-[0-3]\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex NameDate();
}
