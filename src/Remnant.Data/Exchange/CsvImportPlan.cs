using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;
using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

/// <summary>Turns the rows of a CSV import into records: resolves cases, merges each row into the
/// stored recovery and item it names (columns the file does not have keep their stored values),
/// and checks everything with the domain's rules.</summary>
internal sealed partial class CsvImportPlan(RemnantDbContext db, TimeProvider clock, string actor, ImportReport report,
    IReadOnlySet<string> columns, string fileName, string? caseName)
{
    private readonly DateTimeOffset _now = clock.GetUtcNow();
    private readonly Dictionary<string, Case?> _casesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Recovery> _recoveries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _readings = new(StringComparer.Ordinal);
    private Case? _importCase;

    public ImportChanges Changes { get; } = new(db);

    private DateOnly Today => DateOnly.FromDateTime(_now.UtcDateTime);

    public async Task ResolveAsync(List<CsvRow> rows, IProgress<ExchangeProgress>? progress, CancellationToken ct)
    {
        await LoadAsync(rows, ct);
        var recoveries = rows.GroupBy(r => r.RecoveryId, StringComparer.Ordinal).ToList();
        foreach (var group in recoveries) CheckRepeatedRecovery(group.ToList());
        foreach (var group in recoveries) ResolveRecovery(group.First());
        ResolveItems(rows, progress);
    }

    private async Task LoadAsync(List<CsvRow> rows, CancellationToken ct)
    {
        var names = rows.Select(r => r.Recovery.Case).Append(caseName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = new List<Case>();
        foreach (var chunk in names.Chunk(500))
            found.AddRange(await db.Cases.Where(c => chunk.Contains(c.Id) || chunk.Contains(c.Title)).ToListAsync(ct));
        foreach (var name in names) _casesByName[name] = FindCase(name, found, rows);

        await StoredRecords.AddAsync(db.Recoveries, rows.Select(r => r.RecoveryId), _recoveries, ct);
        await StoredRecords.AddAsync(db.Items, rows.SelectMany(r => new[] { r.ItemId, r.ParentItemId }), _items, ct);
        await StoredRecords.AddAncestorsAsync(db.Items, _items, ct);
        var stored = rows.Select(r => r.ItemId).Where(_items.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in stored.Chunk(500))
        {
            var readings = await db.Markings.AsNoTracking().Where(m => chunk.Contains(m.ItemId) && m.RetractedAt == null)
                .Select(m => new { m.ItemId, m.Text }).ToListAsync(ct);
            foreach (var m in readings) Readings(m.ItemId).Add(m.Text);
        }
    }

    /// <summary>A case named by id, else by title; null when a new one is to be created.</summary>
    private Case? FindCase(string name, List<Case> found, List<CsvRow> rows)
    {
        if (found.FirstOrDefault(c => c.Id == name) is { } byId) return byId;
        var byTitle = found.Where(c => c.Title == name).ToList();
        if (byTitle.Count <= 1) return byTitle.FirstOrDefault();
        var message = $"{byTitle.Count} cases are titled '{name}': give the case's id ({string.Join(", ", byTitle.Select(c => c.Id))}).";
        if (rows.FirstOrDefault(r => r.Recovery.Case == name) is { } row) report.LineProblem(row.Line, CsvColumns.Case, message);
        else report.FileProblem(null, "--case", message);
        return byTitle[0];
    }

    private void CheckRepeatedRecovery(List<CsvRow> rows)
    {
        var first = rows[0];
        foreach (var row in rows.Skip(1))
        {
            foreach (var column in CsvColumns.RecoveryFields)
            {
                if (Equals(first.Recovery[column], row.Recovery[column])) continue;
                report.LineProblem(row.Line, column, $"Recovery '{row.RecoveryId}' has {Show(first.Recovery[column])} on line {first.Line} " +
                    $"but {Show(row.Recovery[column])} here: every row of a recovery carries the same recovery fields.");
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "no value",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        _ => $"'{value}'",
    };

    private void ResolveRecovery(CsvRow row)
    {
        var isNew = !_recoveries.TryGetValue(row.RecoveryId, out var target);
        if (!Ids.IsValid(row.RecoveryId)) return;
        if (target?.RetractedAt is not null)
        {
            report.LineProblem(row.Line, CsvColumns.RecoveryId, $"Recovery '{row.RecoveryId}' is retracted: a CSV import does not change it.");
            return;
        }
        var caseId = row.Recovery.Case is { } name ? CaseFor(name, row.Line) : target?.CaseId ?? CaseFor(caseName, row.Line);
        target ??= new Recovery { Id = row.RecoveryId, CaseId = caseId ?? string.Empty, CreatedAt = _now };
        var cells = row.Recovery;
        var fields = target.ToFields();
        fields = fields with
        {
            RecoveredOn = Has(CsvColumns.RecoveredOn) ? cells.RecoveredOn : fields.RecoveredOn,
            DocumentedOn = Has(CsvColumns.DocumentedOn) ? cells.DocumentedOn : fields.DocumentedOn,
            Country = Has(CsvColumns.Country) ? cells.Country : fields.Country,
            Latitude = Has(CsvColumns.Latitude) ? cells.Latitude : fields.Latitude,
            Longitude = Has(CsvColumns.Longitude) ? cells.Longitude : fields.Longitude,
            PlaceName = Has(CsvColumns.Place) ? cells.Place : fields.PlaceName,
        };
        var errors = Recovery.Apply(target, fields, Today);
        report.LineProblems(row.Line, errors, CsvColumns.FromDomainField);
        if (!errors.IsValid || caseId is null) return;
        target.CaseId = caseId;
        if (isNew) Changes.Create(target);
        else Changes.Touch(target);
    }

    private bool Has(string column) => columns.Contains(column);

    /// <summary>The id of the case <paramref name="name"/> names, creating it if needed; null names
    /// the case of this import's rows without one.</summary>
    private string? CaseFor(string? name, long line)
    {
        if (name is null) return (_importCase ??= NewCase($"Import of {ShownFileName} on {Today:yyyy-MM-dd}", null, line))?.Id;
        if (_casesByName.GetValueOrDefault(name) is { } found) return found.Id;
        var created = NewCase(name, Ids.IsValid(name) ? name : null, line);
        _casesByName[name] = created;
        return created?.Id;
    }

    // A file name is data in a title: no path, no control characters, and short enough for a title.
    private string ShownFileName => Evidence.EvidenceIngest.CleanName(fileName) is { } name
        ? name.Length > 150 ? name[..150] : name
        : "a file";

    private Case? NewCase(string title, string? id, long line)
    {
        var created = new Case { Id = id ?? Ids.New("case", clock), Title = string.Empty, CreatedAt = _now };
        var errors = Case.Apply(created, title, null);
        report.LineProblems(line, errors, _ => CsvColumns.Case);
        if (!errors.IsValid) return null;
        Changes.Create(created);
        return created;
    }

    private HashSet<string> Readings(string itemId)
    {
        if (!_readings.TryGetValue(itemId, out var set)) _readings[itemId] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }
}
