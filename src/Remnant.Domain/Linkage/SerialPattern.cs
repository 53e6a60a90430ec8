using Remnant.Domain.Text;

namespace Remnant.Domain.Linkage;

/// <summary>
/// A serial number split around its last run of digits: <c>N1500131</c> is prefix <c>N</c>,
/// seven digits, value 1500131, no suffix. Serials of one pattern (same prefix, suffix and
/// digit count) can be in sequence.
/// </summary>
public readonly record struct SerialPattern(string Prefix, int Digits, string Suffix, long Value)
{
    /// <summary>Runs shorter than this are too short to sequence; longer than 18 do not fit a long.</summary>
    public const int MinDigits = 3;

    /// <summary>The pattern key, e.g. <c>N#7#</c>: equal keys mean the same pattern.</summary>
    public string Key => $"{Prefix}#{Digits}#{Suffix}";

    /// <summary>Parses the fold key of <paramref name="serial"/>; null when it has no usable run of digits.</summary>
    public static SerialPattern? Parse(string? serial)
    {
        var key = FoldKey.Fold(serial);
        var end = key.Length;
        while (end > 0 && !char.IsAsciiDigit(key[end - 1])) end--;
        if (end == 0) return null;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(key[start - 1])) start--;
        var digits = end - start;
        if (digits < MinDigits || digits > 18) return null;
        return new SerialPattern(key[..start], digits, key[end..], long.Parse(key.AsSpan(start, digits), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The serial as a masked pattern for display, e.g. <c>N#######</c>.</summary>
    public string Describe() => Prefix + new string('#', Digits) + Suffix;
}
