namespace Remnant.Domain.Decoding;

/// <summary>Cached text of the small numbers that decoding writes into fields (years, weeks, months):
/// the same few thousand strings would otherwise be formatted again for every marking.</summary>
internal static class Numbers
{
    private const int Cached = 3000;
    private static readonly string[] Plain = Enumerable.Range(0, Cached).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] Padded = Enumerable.Range(0, 100).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary><c>2024</c>.</summary>
    public static string Text(int value) =>
        value is >= 0 and < Cached ? Plain[value] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>07</c>: two digits, zero-padded.</summary>
    public static string TwoDigits(int value) => value is >= 0 and < 100 ? Padded[value] : Text(value);
}
