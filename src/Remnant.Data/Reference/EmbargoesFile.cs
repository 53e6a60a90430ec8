using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Remnant.Domain.Embargo;
using Remnant.Domain.Geography;

namespace Remnant.Data.Reference;

/// <summary>The result of loading <c>embargoes.json</c>: the measures, or every problem found, by entry.</summary>
public sealed record EmbargoesLoad(IReadOnlyList<EmbargoMeasure> Measures, IReadOnlyList<string> Errors, string? Path)
{
    /// <summary>True when the file was read and every entry is valid.</summary>
    public bool Succeeded => Errors.Count == 0 && Measures.Count > 0;
}

/// <summary>Loads the embargo measures from <c>reference/embargoes.json</c>: the copy shipped beside
/// the application, unless the data directory has its own <c>reference/embargoes.json</c>, which wins
/// (so a deployment can correct a date without a release).</summary>
public static class EmbargoesFile
{
    /// <summary>The file name in a <c>reference/</c> folder.</summary>
    public const string FileName = "embargoes.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The path that would be read: <paramref name="dataDirectory"/>/reference/embargoes.json when it
    /// exists, else the application's own reference/embargoes.json.</summary>
    public static string Locate(string? dataDirectory = null)
    {
        if (dataDirectory is not null)
        {
            var own = Path.Combine(dataDirectory, "reference", FileName);
            if (File.Exists(own)) return own;
        }
        return Path.Combine(AppContext.BaseDirectory, "reference", FileName);
    }

    /// <summary>Loads from the located file.</summary>
    public static EmbargoesLoad Load(string? dataDirectory = null) => LoadFile(Locate(dataDirectory));

    /// <summary>Loads one file; never throws on a missing or malformed file.</summary>
    public static EmbargoesLoad LoadFile(string path)
    {
        if (!File.Exists(path)) return new([], [$"no embargo reference file at {path}"], path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (IOException e)
        {
            return new([], [$"cannot read {path}: {e.Message}"], path);
        }
    }

    /// <summary>Reads the JSON document from a stream.</summary>
    public static EmbargoesLoad Read(Stream stream, string? path = null)
    {
        EmbargoesDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<EmbargoesDocument>(stream, Json);
        }
        catch (JsonException e)
        {
            return new([], [$"not valid embargo JSON (line {e.LineNumber + 1}): {e.Message}"], path);
        }
        if (doc?.Measures is not { Count: > 0 } entries) return new([], ["the file holds no measures"], path);
        var measures = new List<EmbargoMeasure>();
        var errors = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            try
            {
                if (!ids.Add(e.Id ?? "")) throw new ArgumentException($"id '{e.Id}' appears twice");
                measures.Add(e.ToMeasure());
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                errors.Add($"measure {i + 1} ({e.Id ?? "no id"}): {ex.Message}");
            }
        }
        return new(measures, errors, path);
    }
}

internal sealed record EmbargoesDocument(string? Description, string? Source, List<MeasureEntry>? Measures);

internal sealed record MeasureEntry(
    string? Id, string? Regime, int Resolution, int Year, string? Paragraph, string? Adopted, string? InForce, string? Ends,
    EmbargoTarget Target, string? Country, List<EmbargoDirection>? Directions, List<EmbargoScope>? Scopes,
    List<EmbargoScope>? ExcludedScopes, EmbargoEffect Effect, List<string>? Exemptions, bool Verified, string? Source,
    string? TargetDescription, string? Area, string? Contested, string? Note)
{
    public EmbargoMeasure ToMeasure() =>
        new(Id ?? "", Regime ?? "", Resolution, Year, Paragraph ?? "", Day(Adopted, "adopted"), Day(InForce, "inForce"),
            Ends is null ? null : Day(Ends, "ends"), Target, Country is null ? null : CountryCode.Parse(Country),
            Directions ?? [], Scopes ?? [], Effect, Verified, Source ?? "")
        {
            ExcludedScopes = ExcludedScopes ?? [],
            Exemptions = Exemptions ?? [],
            TargetDescription = TargetDescription,
            Area = Area,
            Contested = Contested,
            Note = Note,
        };

    private static DateOnly Day(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FormatException($"{field} '{text}' is not a yyyy-MM-dd date");
}
