using System.Globalization;
using CsvHelper;

namespace Remnant.Data.Reference;

/// <summary>Reads a reference CSV row by row with CsvHelper, handing each row to a parser and turning
/// any failure into a <see cref="ReferenceDataException"/> with the file and line.</summary>
internal static class CsvRows
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static List<T> Read<T>(string path, IReadOnlyList<string> columns, Func<CsvReader, T> parse)
    {
        var rows = new List<T>();
        var line = 0;
        try
        {
            using var csv = CsvReader.FromFile(path, Options);
            csv.ReadHeader();
            line = 1;
            var header = csv.Headers;
            if (header.Count == 0) throw new ReferenceDataException(path, 1, "the file is empty; a header row is required.");
            var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0) throw new ReferenceDataException(path, 1, $"missing column(s) {string.Join(", ", missing)}; expected {string.Join(",", columns)}.");
            while (csv.Read())
            {
                line = (int)csv.LineNumber;
                rows.Add(parse(csv));
            }
        }
        catch (ReferenceDataException)
        {
            throw;
        }
        catch (CsvFormatException ex)
        {
            throw new ReferenceDataException(path, ex.LineNumber > 0 ? (int)ex.LineNumber : line, ex.Message, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ReferenceDataException(path, line, ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new ReferenceDataException(path, 0, $"cannot be read: {ex.Message}", ex);
        }
        return rows;
    }

    public static string Required(CsvReader csv, string column)
    {
        var value = csv.GetString(column);
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"'{column}' is empty.") : value;
    }

    public static bool Verified(CsvReader csv) => Required(csv, "verified").ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        var other => throw new FormatException($"'verified' must be true or false, not '{other}'."),
    };

    // A year or month stands for its first day when it opens a range and its last when it closes one.
    public static DateOnly? Date(CsvReader csv, string column, bool end)
    {
        var text = csv.GetString(column);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        throw new FormatException($"'{column}' must be yyyy, yyyy-MM or yyyy-MM-dd, not '{text}'.");
    }
}
