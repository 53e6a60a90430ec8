namespace Remnant.Domain.Dating;

/// <summary>
/// Time from production to use (a strike, a seizure, a recovery), as an interval of whole days with
/// human wording: <c>113</c> (Juche, 2024-01-01..2024-12-31) against a strike on 2024-08-18 is
/// "at most 230 days". Days are differences of day numbers (<c>use - produced</c>): an item made on
/// 1 January and used on 18 August waited 230 days; counting both ends would say 231.
/// Production cannot follow use, so a window reaching past the use date only bounds the lag from above.
/// </summary>
public sealed record ProductionLag
{
    private ProductionLag(int? minDays, int? maxDays, string wording, bool contradiction)
    {
        MinDays = minDays;
        MaxDays = maxDays;
        Wording = wording;
        IsContradiction = contradiction;
    }

    /// <summary>Fewest days the item can have waited; null when contradictory.</summary>
    public int? MinDays { get; }

    /// <summary>Most days it can have waited; null when production has no lower bound or is contradictory.</summary>
    public int? MaxDays { get; }

    /// <summary>English wording: "at most 230 days", "at least 9 months", "at least 56 years, at most 58 years".</summary>
    public string Wording { get; }

    /// <summary>True when the production window starts after the use date.</summary>
    public bool IsContradiction { get; }

    /// <summary>Lag of an item produced within <paramref name="production"/> and used on <paramref name="use"/>.</summary>
    public static ProductionLag Between(DateInterval production, DateOnly use) => Between(production.From, production.To, use);

    /// <summary>Lag when production is bounded only on one side or both: a not-before alone
    /// (assembly dating) gives "at most", a not-after alone gives "at least".</summary>
    public static ProductionLag Between(DateOnly? producedNotBefore, DateOnly? producedNotAfter, DateOnly use)
    {
        if (producedNotBefore is { } nb && nb > use)
        {
            return new ProductionLag(null, null,
                $"contradiction: production starts {nb.ToIso()}, {nb.DayNumber - use.DayNumber} days after use on {use.ToIso()}", true);
        }
        if (producedNotBefore is not null && producedNotAfter is not null && producedNotAfter < producedNotBefore)
        {
            return new ProductionLag(null, null, "contradiction: production not-after precedes its not-before", true);
        }

        int? max = producedNotBefore is { } from ? use.DayNumber - from.DayNumber : null;
        var min = producedNotAfter is { } to && to < use ? use.DayNumber - to.DayNumber : 0;
        var wording = (min, max) switch
        {
            (0, null) => "unknown: production is not bounded",
            (0, int m) => $"at most {AtMost(producedNotBefore!.Value, use, m)}",
            (_, null) => $"at least {AtLeast(producedNotAfter!.Value, use, min)}",
            (_, int m) => $"at least {AtLeast(producedNotAfter!.Value, use, min)}, at most {AtMost(producedNotBefore!.Value, use, m)}",
        };
        return new ProductionLag(min, max, wording, false);
    }

    // An upper bound stays true when rounded up: exact days under a year, then whole months, then years.
    private static string AtMost(DateOnly from, DateOnly use, int days)
    {
        if (days < 366) return Plural(days, "day");
        var months = WholeMonths(from, use);
        if (from.AddMonths(months) < use) months++;
        if (months < 36) return Plural(months, "month");
        var years = WholeYears(from, use);
        if (from.AddYears(years) < use) years++;
        return Plural(years, "year");
    }

    // A lower bound stays true when rounded down: whole years, else whole months, else days.
    private static string AtLeast(DateOnly to, DateOnly use, int days)
    {
        var months = WholeMonths(to, use);
        if (months < 1) return Plural(days, "day");
        return months < 36 ? Plural(months, "month") : Plural(WholeYears(to, use), "year");
    }

    private static int WholeMonths(DateOnly a, DateOnly b)
    {
        var months = (b.Year - a.Year) * 12 + b.Month - a.Month;
        return a.AddMonths(months) > b ? months - 1 : months;
    }

    private static int WholeYears(DateOnly a, DateOnly b)
    {
        var years = b.Year - a.Year;
        return a.AddYears(years) > b ? years - 1 : years;
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
