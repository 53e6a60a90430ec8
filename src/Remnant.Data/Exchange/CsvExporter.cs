using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Items;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Exchange;

/// <summary>Writes the CSV exchange format: one row per standing item with its recovery's fields,
/// the same columns the CSV import reads, so an export imports back unchanged. Only what CSV
/// can hold is written (no evidence, custody or history: the JSON export has those).</summary>
public static class CsvExporter
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        Separator = ',',
        FormatProvider = CultureInfo.InvariantCulture,
        // Field values are evidence: written exactly, never altered to defuse spreadsheet formulas.
        Injection = CsvInjection.None,
    };

    /// <summary>Writes the rows of <paramref name="scope"/>; returns the number of rows and the
    /// readings that could not be written (they contain the separator <c>|</c>).</summary>
    public static async Task<(int Rows, List<string> Warnings)> WriteAsync(ExportScope scope, Stream output,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        var recoveries = await scope.Recoveries.Where(r => r.RetractedAt == null).ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
        var readings = await ReadingsAsync(scope, warnings, cancellationToken);
        await using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader(CsvColumns.All.ToArray());
        var rows = 0;
        await foreach (var item in scope.Items.Where(i => i.RetractedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!recoveries.TryGetValue(item.RecoveryId, out var recovery)) continue;
            foreach (var value in Row(recovery, item, readings.GetValueOrDefault(item.Id))) csv.WriteField(value);
            await csv.EndRecordAsync(cancellationToken);
            progress?.Report(++rows);
        }
        await csv.FlushAsync(cancellationToken);
        return (rows, warnings);
    }

    // In the order of CsvColumns.All.
    private static string?[] Row(Recovery r, Item i, List<string>? readings) =>
    [
        r.Id, i.Id, i.Category.ToCode(), r.CaseId, Date(r.RecoveredOn), Date(r.DocumentedOn), r.Country, Number(r.Latitude),
        Number(r.Longitude), r.PlaceName, i.ParentItemId, i.Model, i.Manufacturer, i.CountryOfManufacture, i.SerialNumber,
        i.LotNumber, i.Calibre, i.Quantity.ToString(CultureInfo.InvariantCulture),
        readings is null ? null : string.Join(CsvColumns.MarkingSeparator, readings),
    ];

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(double? n) => n?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The standing readings of each item (retracted and superseded ones left out), in a
    /// stable order so that two exports of the same readings are the same.</summary>
    private static async Task<Dictionary<string, List<string>>> ReadingsAsync(ExportScope scope, List<string> warnings, CancellationToken ct)
    {
        var standing = await scope.Markings.Where(m => m.RetractedAt == null)
            .Select(m => new { m.Id, m.ItemId, m.Text, m.SupersedesId }).ToListAsync(ct);
        var superseded = standing.Select(m => m.SupersedesId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var m in standing.Where(m => !superseded.Contains(m.Id)))
        {
            if (m.Text.Contains(CsvColumns.MarkingSeparator) || m.Text.Trim() != m.Text)
            {
                warnings.Add($"marking {m.Id} on item {m.ItemId} is not in the CSV: its reading contains '|' or surrounding spaces, which CSV cannot carry (use the JSON export).");
                continue;
            }
            if (!result.TryGetValue(m.ItemId, out var list)) result[m.ItemId] = list = [];
            if (!list.Contains(m.Text, StringComparer.Ordinal)) list.Add(m.Text);
        }
        foreach (var list in result.Values) list.Sort(StringComparer.Ordinal);
        return result;
    }
}
