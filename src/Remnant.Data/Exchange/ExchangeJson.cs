using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remnant.Data.Exchange;

/// <summary>How exchange files are written and read: camelCase names, kebab-case enums
/// (<c>small-arm</c>, <c>field-documentation</c>), and no unknown member silently dropped.</summary>
public static class ExchangeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Markings are kept in their own script: write them as themselves, not as \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>Writer settings matching <see cref="Options"/>, for streamed output.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = Options.Encoder };
}
