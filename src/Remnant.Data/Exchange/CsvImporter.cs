using CsvHelper;
using Microsoft.Extensions.Options;
using Remnant.Data.Storage;

namespace Remnant.Data.Exchange;

/// <summary>Imports the CSV exchange format: one row per item, with its recovery's fields on the
/// row. The file is read as a stream; every row is checked by the domain's rules before anything
/// is written, and one bad row means nothing is written.</summary>
public sealed partial class CsvImporter(RemnantDbContext db, IOptions<RemnantOptions> options, TimeProvider clock)
{
    /// <summary>Largest row accepted, in bytes: a guard against a quote that never closes.</summary>
    public const int MaxRowBytes = 1 << 20;

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MaxRecordSize = MaxRowBytes,
        SkipEmptyLines = true,
        IncludeValuesInExceptions = false,
    };

    /// <summary>Imports the rows of <paramref name="csv"/>. Rows without a case go into one case:
    /// <paramref name="caseName"/> (an existing case's id or title, else a new case of that title),
    /// or a new case named after <paramref name="fileName"/> and today's date.</summary>
    public async Task<ImportReport> ImportAsync(Stream csv, string fileName, string? caseName = null,
        IProgress<ExchangeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var rows = await ReadRowsAsync(csv, report, progress, cancellationToken);
        if (rows is null) return report;
        report.Read = rows.Rows.Count;
        var plan = new CsvImportPlan(db, clock, options.Value.Operator, report, rows.Columns, fileName, caseName);
        await plan.ResolveAsync(rows.Rows, progress, cancellationToken);
        if (!report.Succeeded) return report;
        progress?.Report(new ExchangeProgress("Saving", 0, null));
        await plan.Changes.SaveAsync(report, progress, cancellationToken);
        return report;
    }

    private sealed record ReadRows(List<CsvRow> Rows, IReadOnlySet<string> Columns);

    private static async Task<ReadRows?> ReadRowsAsync(Stream csv, ImportReport report, IProgress<ExchangeProgress>? progress,
        CancellationToken cancellationToken)
    {
        long? length = csv.CanSeek ? csv.Length : null;
        var rows = new List<CsvRow>();
        await using var reader = CsvReader.Create(csv, ReaderOptions, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
            if (CheckHeader(reader.Headers, report) is not { } columns) return null;
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = reader.LineNumber;
                rows.Add(CsvRow.Read(line, column => columns.TryGetValue(column, out var i) ? reader.GetString(i) : null, report));
                if (rows.Count % 256 == 0) progress?.Report(new ExchangeProgress("Reading", reader.ByteOffset, length));
            }
            return new ReadRows(rows, columns.Keys.ToHashSet(StringComparer.Ordinal));
        }
        catch (CsvFormatException e)
        {
            report.FileProblem(e.LineNumber > 0 ? e.LineNumber : null, "csv", e.Message);
            return null;
        }
    }

    private static Dictionary<string, int>? CheckHeader(IReadOnlyList<string> headers, ImportReport report)
    {
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            report.FileProblem(1, "header", $"The file is empty: the first line must name the columns ({string.Join(", ", CsvColumns.Required)} at least).");
            return null;
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim().ToLowerInvariant();
            if (!CsvColumns.All.Contains(name))
                report.FileProblem(1, "header", $"Unknown column '{headers[i].Trim()}': the columns are {string.Join(", ", CsvColumns.All)}.");
            else if (!columns.TryAdd(name, i)) report.FileProblem(1, "header", $"Column '{name}' is given twice.");
        }
        foreach (var required in CsvColumns.Required.Where(r => !columns.ContainsKey(r)))
            report.FileProblem(1, "header", $"Missing required column '{required}'.");
        return report.Succeeded ? columns : null;
    }
}
