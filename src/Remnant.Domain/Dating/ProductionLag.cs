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
    private ProductionLag(int? minDays, int? maxDays, LagSpan? least, LagSpan? most, DateOnly? startsAfterUse, DateOnly use, bool contradiction)
    {
        MinDays = minDays;
        MaxDays = maxDays;
        Least = least;
        Most = most;
        StartsAfterUse = startsAfterUse;
        Use = use;
        IsContradiction = contradiction;
    }

    /// <summary>Fewest days the item can have waited; null when contradictory.</summary>
    public int? MinDays { get; }

    /// <summary>Most days it can have waited; null when production has no lower bound or is contradictory.</summary>
    public int? MaxDays { get; }

    /// <summary>The lower bound as people say it, rounded down so it stays true (9 months); null when there is none.</summary>
    public LagSpan? Least { get; }

    /// <summary>The upper bound as people say it, rounded up so it stays true (230 days); null when there is none.</summary>
    public LagSpan? Most { get; }

    /// <summary>For a contradiction: the production start that falls after the use; null otherwise or
    /// when the contradiction is a not-after before a not-before.</summary>
    public DateOnly? StartsAfterUse { get; }

    /// <summary>The use date the lag runs to.</summary>
    public DateOnly Use { get; }

    /// <summary>True when the production window starts after the use date.</summary>
    public bool IsContradiction { get; }

    /// <summary>English wording: "at most 230 days", "at least 9 months", "at least 56 years, at most 58 years".</summary>
    public string Wording => IsContradiction
        ? StartsAfterUse is { } nb
            ? $"contradiction: production starts {nb.ToIso()}, {nb.DayNumber - Use.DayNumber} days after use on {Use.ToIso()}"
            : "contradiction: production not-after precedes its not-before"
        : (Least, Most) switch
        {
            (null, null) => "unknown: production is not bounded",
            (null, { } most) => $"at most {most}",
            ({ } least, null) => $"at least {least}",
            ({ } least, { } most) => $"at least {least}, at most {most}",
        };

    /// <summary>Lag of an item produced within <paramref name="production"/> and used on <paramref name="use"/>.</summary>
    public static ProductionLag Between(DateInterval production, DateOnly use) => Between(production.From, production.To, use);

    /// <summary>Lag when production is bounded only on one side or both: a not-before alone
    /// (assembly dating) gives "at most", a not-after alone gives "at least".</summary>
    public static ProductionLag Between(DateOnly? producedNotBefore, DateOnly? producedNotAfter, DateOnly use)
    {
        if (producedNotBefore is { } nb && nb > use) return new ProductionLag(null, null, null, null, nb, use, true);
        if (producedNotBefore is not null && producedNotAfter is not null && producedNotAfter < producedNotBefore)
            return new ProductionLag(null, null, null, null, null, use, true);

        int? max = producedNotBefore is { } from ? use.DayNumber - from.DayNumber : null;
        var min = producedNotAfter is { } to && to < use ? use.DayNumber - to.DayNumber : 0;
        var least = min > 0 ? AtLeast(producedNotAfter!.Value, use, min) : null;
        var most = max is { } m ? AtMost(producedNotBefore!.Value, use, m) : null;
        return new ProductionLag(min, max, least, most, null, use, false);
    }

    // An upper bound stays true when rounded up: exact days under a year, then whole months, then years.
    private static LagSpan AtMost(DateOnly from, DateOnly use, int days)
    {
        if (days < 366) return new LagSpan(days, LagUnit.Day);
        var months = WholeMonths(from, use);
        if (from.AddMonths(months) < use) months++;
        if (months < 36) return new LagSpan(months, LagUnit.Month);
        var years = WholeYears(from, use);
        if (from.AddYears(years) < use) years++;
        return new LagSpan(years, LagUnit.Year);
    }

    // A lower bound stays true when rounded down: whole years, else whole months, else days.
    private static LagSpan AtLeast(DateOnly to, DateOnly use, int days)
    {
        var months = WholeMonths(to, use);
        if (months < 1) return new LagSpan(days, LagUnit.Day);
        return months < 36 ? new LagSpan(months, LagUnit.Month) : new LagSpan(WholeYears(to, use), LagUnit.Year);
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
}

/// <summary>The unit a lag bound is said in.</summary>
public enum LagUnit
{
    /// <summary>Days (bounds under a year, or under a month).</summary>
    Day,
    /// <summary>Whole months.</summary>
    Month,
    /// <summary>Whole years.</summary>
    Year,
}

/// <summary>A lag bound as people say it: 230 days, 9 months, 58 years.</summary>
/// <param name="Count">How many.</param>
/// <param name="Unit">Of what.</param>
public sealed record LagSpan(int Count, LagUnit Unit)
{
    /// <summary>"1 day", "230 days", "9 months".</summary>
    public override string ToString()
    {
        var unit = Unit switch { LagUnit.Day => "day", LagUnit.Month => "month", _ => "year" };
        return Count == 1 ? $"1 {unit}" : $"{Count} {unit}s";
    }
}
