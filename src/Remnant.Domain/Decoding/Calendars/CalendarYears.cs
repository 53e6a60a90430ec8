using System.Globalization;
using Remnant.Domain.Dating;

namespace Remnant.Domain.Decoding.Calendars;

/// <summary>
/// Year-to-interval conversions. Solar and Lunar Hijri boundaries come from .NET's
/// <see cref="PersianCalendar"/> and <see cref="UmAlQuraCalendar"/> (not rules of thumb:
/// <see cref="HijriCalendar"/> can differ by a day), precomputed for the years markings carry.
/// </summary>
internal static class CalendarYears
{
    /// <summary>Gregorian = Juche + 1911 = Minguo + 1911.</summary>
    public const int JucheOffset = 1911;

    /// <summary>Gregorian = Thai Buddhist era - 543.</summary>
    public const int ThaiOffset = 543;

    /// <summary>Imperial Persian year = Solar Hijri year + 1180 (2535 = 1355 SH = 1976).</summary>
    public const int ImperialOffset = 1180;

    public const int FirstCachedSolar = 1200;
    public const int LastCachedSolar = 1500;

    private static readonly PersianCalendar Persian = new();
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly DateInterval[] SolarCache = Build(FirstCachedSolar, LastCachedSolar, Persian);
    private static readonly DateInterval[] LunarCache = Build(FirstLunar, LastLunar, UmAlQura);

    /// <summary>First Lunar Hijri year the Umm al-Qura tables cover whole (1318 AH starts 1900-04-30).</summary>
    public static int FirstLunar => UmAlQura.GetYear(UmAlQura.MinSupportedDateTime);

    /// <summary>Last Lunar Hijri year the tables cover (1500 AH ends 2077-11-16).</summary>
    public static int LastLunar => UmAlQura.GetYear(UmAlQura.MaxSupportedDateTime);

    /// <summary>Nowruz to the day before the next Nowruz; false outside the calendar's range.</summary>
    public static bool TrySolarHijri(int year, out DateInterval interval)
    {
        if (year is >= FirstCachedSolar and <= LastCachedSolar) { interval = SolarCache[year - FirstCachedSolar]; return true; }
        return TryConvert(Persian, year, out interval);
    }

    /// <summary>1 Muharram to the last day of Dhu al-Hijjah per Umm al-Qura; false outside 1318..1500.</summary>
    public static bool TryLunarHijri(int year, out DateInterval interval)
    {
        if (year >= FirstLunar && year <= LastLunar) { interval = LunarCache[year - FirstLunar]; return true; }
        interval = default;
        return false;
    }

    /// <summary>
    /// A Thai Buddhist year. Since 1941 (BE 2484) it runs January to December; before, it began on
    /// 1 April, and BE 2483 was shortened to April..December 1940 to make the change.
    /// </summary>
    public static DateInterval ThaiBuddhist(int be)
    {
        var gregorian = be - ThaiOffset;
        if (be >= 2484) return DateInterval.Year(gregorian);
        if (be == 2483) return new DateInterval(new DateOnly(1940, 4, 1), new DateOnly(1940, 12, 31));
        return new DateInterval(new DateOnly(gregorian, 4, 1), new DateOnly(gregorian + 1, 3, 31));
    }

    private static DateInterval[] Build(int first, int last, Calendar calendar)
    {
        var table = new DateInterval[last - first + 1];
        for (var year = first; year <= last; year++)
        {
            TryConvert(calendar, year, out table[year - first]);
        }
        return table;
    }

    private static bool TryConvert(Calendar calendar, int year, out DateInterval interval)
    {
        interval = default;
        try
        {
            var start = DateOnly.FromDateTime(calendar.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            interval = new DateInterval(start, start.AddDays(calendar.GetDaysInYear(year) - 1));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
