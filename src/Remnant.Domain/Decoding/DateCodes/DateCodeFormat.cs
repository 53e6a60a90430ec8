namespace Remnant.Domain.Decoding.DateCodes;

/// <summary>One row of the date-code format table: a component maker and a format it marks
/// (<c>yyww</c>, <c>yww</c>, <c>ymmdd</c>, <c>wwyy</c>), with notes, source and verified flag.</summary>
public sealed record DateCodeFormat
{
    /// <summary>The formats a decoder can read, as written in the table.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [DecodingSystems.Yyww, DecodingSystems.Yww, DecodingSystems.Ymmdd, DecodingSystems.Wwyy];

    /// <summary>Creates a row; throws <see cref="ArgumentException"/> for a blank maker or source or a
    /// format outside <see cref="Known"/> (the loader reports these with file and line).</summary>
    public DateCodeFormat(string maker, string format, string? notes, string source, bool verified)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(maker);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var normalized = format?.Trim().ToLowerInvariant() ?? "";
        if (!Known.Contains(normalized))
        {
            throw new ArgumentException($"Format '{format}' is not one of {string.Join(", ", Known)}.", nameof(format));
        }
        Maker = maker.Trim();
        Format = normalized;
        Notes = notes?.Trim() ?? "";
        Source = source.Trim();
        Verified = verified;
    }

    /// <summary>The maker's name as commonly written.</summary>
    public string Maker { get; }

    /// <summary>The format, one of <see cref="Known"/> (also the interpretation's system name).</summary>
    public string Format { get; }

    /// <summary>Caveats: packages where the maker uses another code, site letters.</summary>
    public string Notes { get; }

    /// <summary>Where the row comes from.</summary>
    public string Source { get; }

    /// <summary>True when the source was checked and supports the row.</summary>
    public bool Verified { get; }
}
