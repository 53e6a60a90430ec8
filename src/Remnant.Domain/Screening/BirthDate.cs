namespace Remnant.Domain.Screening;

/// <summary>A date of birth as lists give it: an exact day, a year only, or a range of years
/// (UN <c>BETWEEN 1958 AND 1960</c>, OFAC <c>circa 1956</c>, <c>1956 to 1958</c>).</summary>
public readonly record struct BirthDate
{
    private BirthDate(int fromYear, int toYear, DateOnly? exact, bool approximate)
    {
        FromYear = fromYear;
        ToYear = toYear;
        Exact = exact;
        Approximate = approximate;
    }

    /// <summary>The earliest possible year.</summary>
    public int FromYear { get; }

    /// <summary>The latest possible year (equal to <see cref="FromYear"/> for a single year).</summary>
    public int ToYear { get; }

    /// <summary>The day, when the list gives one.</summary>
    public DateOnly? Exact { get; }

    /// <summary>True when the list says "approximately" or "circa".</summary>
    public bool Approximate { get; }

    /// <summary>An exact day.</summary>
    public static BirthDate OnDay(DateOnly day) => new(day.Year, day.Year, day, false);

    /// <summary>A year, or an inclusive range of years; false when the years are not plausible
    /// (before 1850, after 2100) or reversed.</summary>
    public static bool TryYears(int fromYear, int toYear, bool approximate, out BirthDate date)
    {
        date = default;
        if (fromYear < 1850 || toYear > 2100 || toYear < fromYear) return false;
        date = new BirthDate(fromYear, toYear, null, approximate);
        return true;
    }

    /// <summary>How many years lie between this date and <paramref name="year"/>; 0 when inside the range.</summary>
    public int YearsFrom(int year) => year < FromYear ? FromYear - year : year > ToYear ? year - ToYear : 0;

    /// <inheritdoc />
    public override string ToString() => Exact is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : (Approximate ? "c. " : "") + (FromYear == ToYear ? $"{FromYear}" : $"{FromYear}-{ToYear}");
}
