using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Remnant.Data.Decoding;
using Remnant.Domain.Decoding;

namespace Remnant.Cli.Commands;

internal static partial class DecodeCommand
{
    // A CSV with a 'marking' column (and optional context columns), or plain lines. Streams: one
    // result per input row, JSON Lines with --json; a bad context on one row is reported for that
    // row and the batch goes on.
    private static int RunFile(MarkingDecoder decoder, FileInfo file, Request request, DateOnly today, TextWriter stdout, TextWriter stderr)
    {
        if (!file.Exists)
        {
            stderr.WriteLine($"decode: {file.FullName} does not exist.");
            return 2;
        }
        var rows = 0;
        var failed = 0;
        foreach (var row in Rows(file.FullName))
        {
            rows++;
            if (!TryContext(row.Country ?? request.Country, row.Kind ?? request.Kind, row.Maker ?? request.Maker, row.Category ?? request.Category,
                    today, out var context, out var kind, out var error))
            {
                failed++;
                stderr.WriteLine($"decode: {file.Name} line {row.Line}: {error}");
                continue;
            }
            var result = decoder.Decode(row.Marking, context, kind);
            if (request.Json) stdout.WriteLine(JsonSerializer.Serialize(DecodeJson.From(result), DecodeJson.Options));
            else WriteText(result, stdout);
        }
        stderr.WriteLine($"decode: {rows} marking(s) read from {file.Name}{(failed > 0 ? $", {failed} with a bad context" : "")}.");
        return failed > 0 ? 1 : 0;
    }

    private sealed record Row(int Line, string Marking, string? Country, string? Kind, string? Maker, string? Category);

    private static IEnumerable<Row> Rows(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault() ?? "";
        if (!first.Split(',').Any(h => h.Trim().Trim('"').Equals("marking", StringComparison.OrdinalIgnoreCase)))
        {
            var n = 0;
            foreach (var line in File.ReadLines(path))
            {
                n++;
                if (line.Length > 0) yield return new Row(n, line, null, null, null, null);
            }
            yield break;
        }
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with
        {
            Separator = ',', HasHeader = true, TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture,
        });
        int Column(string name) => csv.TryGetFieldIndex(name, out var index) ? index : -1;
        csv.ReadHeader();
        int marking = Column("marking"), country = Column("country"), kind = Column("kind"), maker = Column("maker"), category = Column("category");
        while (csv.Read())
        {
            string? Field(int index) => index < 0 || csv.IsEmpty(index) ? null : csv.GetString(index);
            yield return new Row((int)csv.LineNumber, csv.GetString(marking), Field(country), Field(kind), Field(maker), Field(category));
        }
    }
}
