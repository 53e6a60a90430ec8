using Remnant.Domain.Text;

namespace Remnant.Domain.Decoding.Headstamps;

/// <summary>The headstamp factory codes, looked up by fold key so that <c>тпз</c> typed in lower case
/// or with a Latin T finds <c>ТПЗ</c>. Built from plain rows; the domain reads no files.</summary>
public sealed class HeadstampTable
{
    private readonly Dictionary<string, HeadstampCode[]> _byKey;
    private readonly Dictionary<string, HeadstampCode[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Indexes <paramref name="rows"/>; several rows may share a code (different years).</summary>
    public HeadstampTable(IEnumerable<HeadstampCode> rows)
    {
        Rows = [.. rows];
        _byKey = Rows.GroupBy(r => FoldKey.Fold(r.Code), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ValidFrom ?? DateOnly.MinValue).ToArray(), StringComparer.Ordinal);
        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A table with no rows.</summary>
    public static HeadstampTable Empty { get; } = new([]);

    /// <summary>Every row, in the order given.</summary>
    public IReadOnlyList<HeadstampCode> Rows { get; }

    /// <summary>Rows whose code folds to <paramref name="foldedCode"/>; empty when unknown.</summary>
    public ReadOnlySpan<HeadstampCode> Find(ReadOnlySpan<char> foldedCode) =>
        _lookup.TryGetValue(foldedCode, out var rows) ? rows : [];
}
