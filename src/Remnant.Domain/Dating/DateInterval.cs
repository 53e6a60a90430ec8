namespace Remnant.Domain.Dating;

/// <summary>
/// A closed range of calendar days, <see cref="From"/> to <see cref="To"/> inclusive. A year, an ISO
/// week or a month is an interval, never a point. Refuses <c>From &gt; To</c>.
/// </summary>
public readonly record struct DateInterval : ISpanFormattable
{
    /// <summary>Creates the interval; throws <see cref="ArgumentException"/> when <paramref name="from"/>
    /// is after <paramref name="to"/> (a programming error, not bad input).</summary>
    public DateInterval(DateOnly from, DateOnly to)
    {
        if (from > to) throw new ArgumentException($"Interval start {from.ToIso()} is after its end {to.ToIso()}.", nameof(from));
        From = from;
        To = to;
    }

    /// <summary>The first day.</summary>
    public DateOnly From { get; }

    /// <summary>The last day (inclusive).</summary>
    public DateOnly To { get; }

    /// <summary>Number of days covered, counting both ends (a single day is 1).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>1 January to 31 December of <paramref name="year"/>.</summary>
    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The whole calendar month.</summary>
    public static DateInterval Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new DateInterval(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(DateInterval other) => From <= other.To && other.From <= To;

    /// <summary>True when <paramref name="day"/> lies within the interval.</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The days common to both, or null when they are disjoint.</summary>
    public DateInterval? Intersect(DateInterval other)
    {
        var from = From > other.From ? From : other.From;
        var to = To < other.To ? To : other.To;
        return from <= to ? new DateInterval(from, to) : null;
    }

    /// <summary><c>2024-01-01..2024-12-31</c>, or one date when the interval is a single day.</summary>
    public override string ToString() => string.Create(From == To ? 10 : 22, this, static (span, i) => i.TryFormat(span, out _, default, null));

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the ISO form without allocating, so intervals interpolate cheaply into reasons.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = From == To ? 10 : 22;
        if (destination.Length < charsWritten) { charsWritten = 0; return false; }
        IsoDates.Write(From, destination);
        if (From == To) return true;
        destination[10] = '.';
        destination[11] = '.';
        IsoDates.Write(To, destination[12..]);
        return true;
    }
}
