using System.Globalization;
using System.Text.RegularExpressions;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>OFAC's date-of-birth phrases: <c>10 Dec 1948</c>, <c>Dec 1948</c>, <c>1948</c>,
/// <c>circa 1948</c>, <c>1948 to 1950</c>, <c>01 Jan 1960 to 31 Dec 1962</c>, <c>circa 1960-1962</c>.</summary>
internal static partial class OfacDates
{
    public static BirthDate? Parse(string? text)
    {
        var clean = PartyName.Collapse(text).TrimEnd('.');
        if (clean.Length == 0) return null;
        var approximate = clean.StartsWith("circa", StringComparison.OrdinalIgnoreCase);
        if (approximate) clean = clean[5..].Trim();
        var parts = RangeSeparator().Split(clean);
        if (parts.Length == 1)
        {
            if (DateOnly.TryParseExact(clean, ["d MMM yyyy", "dd MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return approximate ? Years(day.Year, day.Year, true) : BirthDate.OnDay(day);
            return YearOf(clean) is { } y ? Years(y, y, approximate) : null;
        }
        return YearOf(parts[0]) is { } from && YearOf(parts[^1]) is { } to ? Years(from, to, approximate) : null;
    }

    private static int? YearOf(string text)
    {
        var m = YearPattern().Match(text);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    private static BirthDate? Years(int from, int to, bool approximate) =>
        BirthDate.TryYears(from, to, approximate, out var d) ? d : null;

    [GeneratedRegex(@"\s+to\s+|(?<=\d{4})\s*-\s*(?=\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\b(18|19|20)\d\d\b")]
    private static partial Regex YearPattern();
}
