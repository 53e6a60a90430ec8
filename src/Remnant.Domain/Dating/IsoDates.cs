namespace Remnant.Domain.Dating;

/// <summary>ISO 8601 text for dates in reasons and output, whatever the current culture (under
/// <c>ar-SA</c> a plain <c>yyyy</c> would print the Umm al-Qura year). Written by hand: decoding at
/// volume formats many dates, and the general formatter is the slow path.</summary>
public static class IsoDates
{
    /// <summary><c>2024-08-18</c>.</summary>
    public static string ToIso(this DateOnly date) => string.Create(10, date, static (span, d) => Write(d, span));

    /// <summary>Writes <paramref name="date"/> as <c>yyyy-MM-dd</c> into the first 10 chars of <paramref name="span"/>.</summary>
    internal static void Write(DateOnly date, Span<char> span)
    {
        var (year, month, day) = date;
        span[0] = (char)('0' + year / 1000);
        span[1] = (char)('0' + year / 100 % 10);
        span[2] = (char)('0' + year / 10 % 10);
        span[3] = (char)('0' + year % 10);
        span[4] = '-';
        span[5] = (char)('0' + month / 10);
        span[6] = (char)('0' + month % 10);
        span[7] = '-';
        span[8] = (char)('0' + day / 10);
        span[9] = (char)('0' + day % 10);
    }
}
