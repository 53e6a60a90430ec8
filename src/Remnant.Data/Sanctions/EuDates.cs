using System.Globalization;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Dates as the EU files write them: ISO days, <c>dd/MM/yyyy</c>, timestamps with offsets.</summary>
internal static class EuDates
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyyMMdd"];

    public static DateOnly? Day(string? text)
    {
        var clean = PartyName.Collapse(text);
        if (clean.Length >= 10 && DateOnly.TryParseExact(clean[..10], DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return DateOnly.TryParseExact(clean, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out d) ? d : null;
    }

    public static DateTimeOffset? Generated(string? text)
    {
        var clean = PartyName.Collapse(text);
        if (clean.Length > 10 && DateTimeOffset.TryParse(clean, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) return t;
        return Day(clean) is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    /// <summary>A birth date from the EU fields: a full day, or a year, or a year range; circa marks it approximate.</summary>
    public static BirthDate? Birth(string? day, string? year, string? from, string? to, string? circa)
    {
        var approximate = string.Equals(circa?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if (Day(day) is { } d) return BirthDate.OnDay(d);
        if (Int(year) is { } y) return BirthDate.TryYears(y, y, approximate, out var b) ? b : null;
        if (Int(from) is { } f && BirthDate.TryYears(f, Int(to) ?? f, approximate, out var r)) return r;
        return null;
    }

    private static int? Int(string? text) => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}
