using Remnant.Domain.Text;

namespace Remnant.Domain.Decoding.DateCodes;

/// <summary>Which date-code formats each component maker uses, so a marking with a known maker picks its
/// format. Makers match by fold key, and a longer name matches a shorter known one
/// (<c>Texas Instruments Inc.</c> finds <c>Texas Instruments</c>).</summary>
public sealed class DateCodeFormatTable
{
    private readonly (string Key, DateCodeFormat Row)[] _keyed;

    /// <summary>Indexes <paramref name="rows"/>; a maker may have several formats.</summary>
    public DateCodeFormatTable(IEnumerable<DateCodeFormat> rows)
    {
        Rows = [.. rows];
        _keyed = [.. Rows.Select(r => (FoldKey.Fold(r.Maker), r)).Where(k => k.Item1.Length > 0)];
    }

    /// <summary>A table with no rows.</summary>
    public static DateCodeFormatTable Empty { get; } = new([]);

    /// <summary>Every row, in the order given.</summary>
    public IReadOnlyList<DateCodeFormat> Rows { get; }

    /// <summary>The rows for <paramref name="maker"/>; empty when the maker is unknown or blank.</summary>
    public IReadOnlyList<DateCodeFormat> For(string? maker)
    {
        var key = FoldKey.Fold(maker);
        if (key.Length < 2) return [];
        var exact = _keyed.Where(k => k.Key == key).Select(k => k.Row).ToArray();
        if (exact.Length > 0) return exact;
        var longest = _keyed.Where(k => k.Key.Length >= 3 && key.StartsWith(k.Key, StringComparison.Ordinal))
            .Select(k => k.Key.Length).DefaultIfEmpty(0).Max();
        return longest == 0 ? [] : [.. _keyed.Where(k => k.Key.Length == longest && key.StartsWith(k.Key, StringComparison.Ordinal)).Select(k => k.Row)];
    }
}
