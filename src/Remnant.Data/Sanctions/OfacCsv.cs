using System.Text;
using CsvHelper;

namespace Remnant.Data.Sanctions;

/// <summary>Row reading shared by the OFAC CSV files: no header, <c>-0- </c> as null, an end-of-file
/// 0x1A byte ignored, and every row held to the file's column count.</summary>
internal static class OfacCsv
{
    /// <summary>Calls <paramref name="onRow"/> for each row with nulls for <c>-0-</c>; returns the
    /// first error ("alt.csv line 7: expected 5 columns, found 3"), or null when all rows were read.</summary>
    public static string? ReadRows(Stream stream, string file, int columns, Func<string?[], long, string?> onRow)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 1 << 20,
        };
        try
        {
            using var csv = CsvReader.Create(stream, options, true);
            while (csv.Read())
            {
                var line = csv.LineNumber;
                var raw = new string?[csv.FieldCount];
                for (var i = 0; i < raw.Length; i++) raw[i] = csv.GetString(i);
                if (raw.All(f => (f ?? "").Trim('\u001a', ' ', '\t').Length == 0)) continue;
                if (raw.Length != columns) return $"{file} line {line}: expected {columns} columns, found {raw.Length}";
                var row = raw.Select(f => f?.Trim() is "-0-" or "" or null ? null : f.Trim()).ToArray();
                if (onRow(row, line) is { } error) return $"{file} line {line}: {error}";
            }
            return null;
        }
        catch (CsvFormatException e)
        {
            return $"{file} line {(e.LineNumber > 0 ? e.LineNumber : e.RecordNumber)}: malformed CSV ({e.Message})";
        }
        catch (DecoderFallbackException)
        {
            return $"{file}: not UTF-8 text";
        }
    }
}
