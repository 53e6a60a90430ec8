using System.Text.Json;
using System.Text.Json.Serialization;
using Remnant.Domain.Decoding;

namespace Remnant.Data.Decoding;

/// <summary>
/// The JSON of one decode, shared by <c>GET /api/v1/decode</c> and <c>remnant decode --json</c>:
/// <c>{"marking": ..., "interpretations": [{"system", "from", "to", "country", "reason", "confidence",
/// "fields"}], "rejected": [{"system", "reason"}]}</c>, plus <c>facts</c> only when there are any.
/// </summary>
public sealed record DecodeJson(
    string Marking,
    IReadOnlyList<InterpretationJson> Interpretations,
    IReadOnlyList<RejectedJson> Rejected,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FactJson>? Facts)
{
    /// <summary>camelCase, dates as yyyy-MM-dd, non-ASCII written as is.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static DecodeJson From(DecodeResult result) => new(
        result.Marking,
        result.Interpretations.Select(i => new InterpretationJson(i.System, i.From, i.To, i.Country?.Value, i.Reason, i.Confidence,
            i.Fields.ToDictionary(f => f.Key, f => f.Value))).ToList(),
        result.Rejected.Select(r => new RejectedJson(r.System, r.Reason)).ToList(),
        result.Facts.Count == 0 ? null : result.Facts.Select(f => new FactJson(f.System, f.Name, f.Reason)).ToList());
}

/// <summary>One reading: system, interval, the country it points to, why, how believable, the parts read.</summary>
public sealed record InterpretationJson(string System, DateOnly From, DateOnly To, string? Country, string Reason,
    Confidence Confidence, IReadOnlyDictionary<string, string> Fields);

/// <summary>A hypothesis dismissed, and why.</summary>
public sealed record RejectedJson(string System, string Reason);

/// <summary>An undated fact, such as an absent headstamp.</summary>
public sealed record FactJson(string System, string Name, string Reason);
