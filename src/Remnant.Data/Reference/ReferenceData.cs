using Remnant.Domain.Decoding;
using Remnant.Domain.Decoding.DateCodes;
using Remnant.Domain.Decoding.Headstamps;
using Remnant.Domain.Geography;

namespace Remnant.Data.Reference;

/// <summary>
/// The reference tables, loaded at start from <c>reference/</c> next to the binaries; a file of the
/// same name in the override directory (the data directory's <c>reference/</c>) replaces the shipped
/// one, so a table can be corrected without a rebuild. Any bad row stops loading with the file and line.
/// </summary>
public sealed class ReferenceData
{
    /// <summary>Headstamp factory codes.</summary>
    public const string HeadstampsFile = "headstamps.csv";

    /// <summary>Date-code formats per component maker.</summary>
    public const string DateCodeFormatsFile = "datecode-formats.csv";

    private static readonly string[] HeadstampColumns = ["code", "factory", "country", "valid_from", "valid_to", "source", "verified"];
    private static readonly string[] FormatColumns = ["maker", "format", "notes", "source", "verified"];

    private ReferenceData(ReferenceTables tables, IReadOnlyList<ReferenceFile> files)
    {
        Tables = tables;
        Files = files;
    }

    /// <summary>The tables for <see cref="MarkingDecoder"/>.</summary>
    public ReferenceTables Tables { get; }

    /// <summary>Which file each table came from, with row counts.</summary>
    public IReadOnlyList<ReferenceFile> Files { get; }

    /// <summary>The shipped tables' folder: <c>reference/</c> next to the application's binaries.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "reference");

    /// <summary>Loads the shipped tables, each replaced by a same-named file in
    /// <paramref name="overrideDirectory"/> when there is one.</summary>
    /// <exception cref="ReferenceDataException">A file is missing or holds a bad row.</exception>
    public static ReferenceData Load(string? overrideDirectory) => Load(ShippedDirectory, overrideDirectory);

    /// <summary>Loads from <paramref name="shippedDirectory"/> with overrides from <paramref name="overrideDirectory"/>.</summary>
    /// <exception cref="ReferenceDataException">A file is missing or holds a bad row.</exception>
    public static ReferenceData Load(string shippedDirectory, string? overrideDirectory)
    {
        var (headstampPath, headstampOverride) = Locate(HeadstampsFile, shippedDirectory, overrideDirectory);
        var headstamps = CsvRows.Read(headstampPath, HeadstampColumns, csv => new HeadstampCode(
            CsvRows.Required(csv, "code"),
            CsvRows.Required(csv, "factory"),
            Country(csv.GetString("country")),
            CsvRows.Date(csv, "valid_from", end: false),
            CsvRows.Date(csv, "valid_to", end: true),
            CsvRows.Required(csv, "source"),
            CsvRows.Verified(csv)));

        var (formatPath, formatOverride) = Locate(DateCodeFormatsFile, shippedDirectory, overrideDirectory);
        var formats = CsvRows.Read(formatPath, FormatColumns, csv => new DateCodeFormat(
            CsvRows.Required(csv, "maker"),
            CsvRows.Required(csv, "format"),
            csv.GetString("notes"),
            CsvRows.Required(csv, "source"),
            CsvRows.Verified(csv)));

        return new ReferenceData(
            new ReferenceTables(new HeadstampTable(headstamps), new DateCodeFormatTable(formats)),
            [
                new ReferenceFile(HeadstampsFile, "Cartridge headstamp factory codes", headstampPath, headstampOverride,
                    headstamps.Count, headstamps.Count(h => h.Verified)),
                new ReferenceFile(DateCodeFormatsFile, "Component date-code formats by maker", formatPath, formatOverride,
                    formats.Count, formats.Count(f => f.Verified)),
            ]);
    }

    private static (string Path, bool Overridden) Locate(string name, string shippedDirectory, string? overrideDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overrideDirectory))
        {
            var custom = Path.Combine(overrideDirectory, name);
            if (File.Exists(custom)) return (custom, true);
        }
        var shipped = Path.Combine(shippedDirectory, name);
        return File.Exists(shipped) ? (shipped, false) : throw new ReferenceDataException(shipped, 0, "the shipped reference file is missing.");
    }

    private static CountryCode? Country(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return CountryCode.TryParse(text, out var code) ? code : throw new FormatException($"'country' must be an ISO 3166-1 alpha-2 code, not '{text}'.");
    }
}
