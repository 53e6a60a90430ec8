using System.Globalization;
using Remnant.Domain.Items;
using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

/// <summary>The values of one recovery as one row gives them; rows of the same recovery must agree.</summary>
internal sealed record RecoveryCells(string? Case, DateOnly? RecoveredOn, DateOnly? DocumentedOn, string? Country,
    double? Latitude, double? Longitude, string? Place)
{
    public object? this[string column] => column switch
    {
        CsvColumns.Case => Case, CsvColumns.RecoveredOn => RecoveredOn, CsvColumns.DocumentedOn => DocumentedOn,
        CsvColumns.Country => Country?.ToUpperInvariant(), CsvColumns.Latitude => Latitude, CsvColumns.Longitude => Longitude,
        CsvColumns.Place => Place, _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}

/// <summary>One data row of a CSV import, its cells read and typed; <see cref="Line"/> is the
/// physical file line the row starts on.</summary>
internal sealed class CsvRow
{
    public required long Line { get; init; }
    public required string RecoveryId { get; init; }
    public required string ItemId { get; init; }
    public ItemCategory? Category { get; init; }
    public required RecoveryCells Recovery { get; init; }
    public string? ParentItemId { get; init; }
    public string? Model { get; init; }
    public string? Manufacturer { get; init; }
    public string? CountryOfManufacture { get; init; }
    public string? SerialNumber { get; init; }
    public string? LotNumber { get; init; }
    public string? Calibre { get; init; }
    public int? Quantity { get; init; }
    public IReadOnlyList<string> Markings { get; init; } = [];

    /// <summary>Reads the cells of a row; a cell that cannot be read is a problem of its line.</summary>
    public static CsvRow Read(long line, Func<string, string?> cell, ImportReport report)
    {
        string Id(string column)
        {
            var value = Text(cell(column));
            if (value is null) report.LineProblem(line, column, "Required.");
            else if (!Ids.IsValid(value))
                report.LineProblem(line, column, $"'{value}' is not a valid id: 1 to {Ids.MaxLength} letters, digits, '.', '_', ':' or '-'.");
            return value ?? string.Empty;
        }
        DateOnly? Date(string column)
        {
            var value = Text(cell(column));
            if (value is null) return null;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            report.LineProblem(line, column, $"'{value}' is not a date written yyyy-MM-dd.");
            return null;
        }
        double? Number(string column)
        {
            var value = Text(cell(column));
            if (value is null) return null;
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
            report.LineProblem(line, column, $"'{value}' is not a number (use a decimal point: 49.99).");
            return null;
        }

        var recoveryId = Id(CsvColumns.RecoveryId);
        var itemId = Id(CsvColumns.ItemId);
        ItemCategory? category = null;
        if (Text(cell(CsvColumns.Category)) is not { } code) report.LineProblem(line, CsvColumns.Category, "Required.");
        else if (ItemCategories.TryParse(code, out var parsed)) category = parsed;
        else report.LineProblem(line, CsvColumns.Category,
            $"'{code}' is not a category: use one of {string.Join(", ", ItemCategories.All.Select(c => c.Code))}.");

        int? quantity = null;
        if (Text(cell(CsvColumns.Quantity)) is { } q)
        {
            if (int.TryParse(q, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) quantity = n;
            else report.LineProblem(line, CsvColumns.Quantity, $"'{q}' is not a whole number.");
        }
        var parent = Text(cell(CsvColumns.ParentItemId));
        if (parent is not null && !Ids.IsValid(parent)) report.LineProblem(line, CsvColumns.ParentItemId, $"'{parent}' is not a valid id.");

        return new CsvRow
        {
            Line = line, RecoveryId = recoveryId, ItemId = itemId, Category = category,
            Recovery = new RecoveryCells(Text(cell(CsvColumns.Case)), Date(CsvColumns.RecoveredOn), Date(CsvColumns.DocumentedOn),
                Text(cell(CsvColumns.Country)), Number(CsvColumns.Latitude), Number(CsvColumns.Longitude), Text(cell(CsvColumns.Place))),
            ParentItemId = parent, Model = cell(CsvColumns.Model), Manufacturer = cell(CsvColumns.Manufacturer),
            CountryOfManufacture = cell(CsvColumns.CountryOfManufacture), SerialNumber = cell(CsvColumns.SerialNumber),
            LotNumber = cell(CsvColumns.LotNumber), Calibre = cell(CsvColumns.Calibre), Quantity = quantity,
            Markings = SplitMarkings(cell(CsvColumns.Markings)),
        };
    }

    /// <summary>Markings separated by <c>|</c>; the space around a separator is layout, not part of a reading.</summary>
    public static IReadOnlyList<string> SplitMarkings(string? cell) => cell is null ? [] :
        cell.Split(CsvColumns.MarkingSeparator).Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
