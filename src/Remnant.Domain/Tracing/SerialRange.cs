using Remnant.Domain.Text;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

/// <summary>A run of serial numbers such as <c>AK-0100</c> .. <c>AK-0199</c>: the same prefix and
/// suffix around a number, compared on fold keys so that look-alike letters match. When both ends
/// have the same count of digits (leading zeros), a serial must have that count too.</summary>
public readonly record struct SerialRange
{
    /// <summary>Longest digit run read as a number.</summary>
    public const int MaxDigits = 18;

    private SerialRange(string prefix, long start, long end, string suffix, int? digits)
    {
        Prefix = prefix; Start = start; End = end; Suffix = suffix; Digits = digits;
    }

    /// <summary>Fold key before the number.</summary>
    public string Prefix { get; }

    /// <summary>First number in the range.</summary>
    public long Start { get; }

    /// <summary>Last number in the range (at least <see cref="Start"/>).</summary>
    public long End { get; }

    /// <summary>Fold key after the number.</summary>
    public string Suffix { get; }

    /// <summary>Digit count a serial must have, when both ends agree on one.</summary>
    public int? Digits { get; }

    /// <summary>Rebuilds a stored range.</summary>
    public static SerialRange FromStored(string prefix, long start, long end, string suffix, int? digits) =>
        start <= end ? new(prefix, start, end, suffix, digits) : throw new ArgumentException("A stored range starts after it ends.");

    /// <summary>Checks two ends given as read; errors go to <c>serialFrom</c> / <c>serialTo</c>.</summary>
    public static SerialRange? Create(string from, string to, ValidationErrors errors)
    {
        var first = Split(FoldKey.Fold(from));
        var last = Split(FoldKey.Fold(to));
        if (first is null) errors.Add("serialFrom", $"Needs a number of 1 to {MaxDigits} digits to count from.");
        if (last is null) errors.Add("serialTo", $"Needs a number of 1 to {MaxDigits} digits to count to.");
        if (first is not { } a || last is not { } b) return null;
        if (a.Prefix != b.Prefix || a.Suffix != b.Suffix)
        {
            errors.Add("serialTo", $"Must have the same letters around the number as serialFrom ('{a.Prefix}…{a.Suffix}').");
            return null;
        }
        if (b.Number < a.Number)
        {
            errors.Add("serialTo", "Comes before serialFrom: a range runs upwards.");
            return null;
        }
        return new SerialRange(a.Prefix, a.Number, b.Number, a.Suffix, a.Digits == b.Digits ? a.Digits : null);
    }

    /// <summary>True when the serial whose fold key is <paramref name="serialKey"/> lies in the range.</summary>
    public bool Contains(string? serialKey) =>
        Split(serialKey ?? string.Empty) is { } s && s.Prefix == Prefix && s.Suffix == Suffix
        && s.Number >= Start && s.Number <= End && (Digits is null || Digits == s.Digits);

    /// <summary>What every serial key in the range starts with: the prefix and, when the digit count
    /// is fixed, the leading digits both ends share (<c>AK-0100</c>..<c>AK-0199</c>: <c>AK01</c>).
    /// Lets the database narrow a scan before <see cref="Contains"/> decides.</summary>
    public string ScanPrefix
    {
        get
        {
            if (Digits is not { } digits) return Prefix;
            var format = "D" + digits.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (a, b) = (Start.ToString(format, System.Globalization.CultureInfo.InvariantCulture), End.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
            var common = 0;
            while (common < a.Length && a[common] == b[common]) common++;
            return Prefix + a[..common];
        }
    }

    /// <summary>The prefix a serial's fold key must start with to be in a range: what the
    /// database can narrow on before <see cref="Contains"/> decides.</summary>
    public static string? PrefixOf(string? serialKey) => Split(serialKey ?? string.Empty)?.Prefix;

    private readonly record struct Parts(string Prefix, long Number, string Suffix, int Digits);

    // The last run of ASCII digits is the counting part: "369J257" -> "369J" + 257.
    private static Parts? Split(string key)
    {
        var end = key.Length - 1;
        while (end >= 0 && !char.IsAsciiDigit(key[end])) end--;
        if (end < 0) return null;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(key[start - 1])) start--;
        var digits = end - start + 1;
        if (digits > MaxDigits) return null;
        return new Parts(key[..start], long.Parse(key.AsSpan(start, digits), System.Globalization.CultureInfo.InvariantCulture), key[(end + 1)..], digits);
    }
}
