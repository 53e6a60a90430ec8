namespace Remnant.Data.Exchange;

/// <summary>The file formats of import and export.</summary>
public enum ExchangeFormat
{
    Json,
    Csv,
    GeoJson,
    Bundle,
}

public static class ExchangeFormats
{
    /// <summary>Reads a <c>--format</c> value; false for anything else.</summary>
    public static bool TryParse(string? text, out ExchangeFormat format)
    {
        format = default;
        return text?.Trim().ToLowerInvariant() switch
        {
            "json" => Set(ExchangeFormat.Json, out format),
            "csv" => Set(ExchangeFormat.Csv, out format),
            "geojson" => Set(ExchangeFormat.GeoJson, out format),
            "bundle" or "zip" => Set(ExchangeFormat.Bundle, out format),
            _ => false,
        };
    }

    /// <summary>The format of an import file: from its extension, else from its first bytes
    /// (a zip signature, or <c>{</c> after any byte order mark and white space); CSV otherwise.</summary>
    public static ExchangeFormat Detect(string path, ReadOnlySpan<byte> head)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json": return ExchangeFormat.Json;
            case ".csv": return ExchangeFormat.Csv;
            case ".zip": return ExchangeFormat.Bundle;
        }
        if (head.StartsWith("PK\u0003\u0004"u8)) return ExchangeFormat.Bundle;
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        return !text.IsEmpty && text[0] == (byte)'{' ? ExchangeFormat.Json : ExchangeFormat.Csv;
    }

    private static bool Set(ExchangeFormat value, out ExchangeFormat format)
    {
        format = value;
        return true;
    }
}
