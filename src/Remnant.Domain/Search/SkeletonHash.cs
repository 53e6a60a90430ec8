namespace Remnant.Domain.Search;

/// <summary>
/// A polynomial hash of a skeleton, chosen so the hash of every one-edit variant (deletion,
/// substitution, insertion, transposition) can be computed in constant time from prefix and
/// suffix sums, without building the variant string.
/// </summary>
internal ref struct SkeletonHash
{
    public const uint Base = 1_000_003;

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<uint> _prefix; // hash of text[0..i)
    private readonly Span<uint> _suffix; // sum over k >= i of text[k] * Base^(n-1-k)
    private readonly Span<uint> _power;  // Base^i, up to n + 1

    public SkeletonHash(ReadOnlySpan<char> text, Span<uint> scratch)
    {
        var n = text.Length;
        _text = text;
        _prefix = scratch[..(n + 1)];
        _suffix = scratch.Slice(n + 1, n + 2);
        _power = scratch.Slice(2 * n + 3, n + 2);
        _power[0] = 1;
        for (var i = 1; i < _power.Length; i++) _power[i] = unchecked(_power[i - 1] * Base);
        _prefix[0] = 0;
        for (var i = 0; i < n; i++) _prefix[i + 1] = unchecked(_prefix[i] * Base + text[i]);
        _suffix[n] = 0;
        _suffix[n + 1] = 0;
        for (var i = n - 1; i >= 0; i--) _suffix[i] = unchecked(_suffix[i + 1] + text[i] * _power[n - 1 - i]);
    }

    /// <summary>Scratch length needed for a text of <paramref name="n"/> characters.</summary>
    public static int ScratchLength(int n) => 3 * n + 5;

    public static uint Of(ReadOnlySpan<char> text)
    {
        uint h = 0;
        foreach (var c in text) h = unchecked(h * Base + c);
        return h;
    }

    public readonly uint Whole => _prefix[_text.Length];

    public readonly uint Deleted(int i) => unchecked(_prefix[i] * _power[_text.Length - 1 - i] + _suffix[i + 1]);

    public readonly uint Substituted(int i, char c) =>
        unchecked(_prefix[i] * _power[_text.Length - i] + c * _power[_text.Length - 1 - i] + _suffix[i + 1]);

    public readonly uint Inserted(int i, char c) =>
        unchecked(_prefix[i] * _power[_text.Length + 1 - i] + c * _power[_text.Length - i] + _suffix[i]);

    public readonly uint Transposed(int i) => unchecked(_prefix[i] * _power[_text.Length - i]
        + _text[i + 1] * _power[_text.Length - 1 - i] + _text[i] * _power[_text.Length - 2 - i] + _suffix[i + 2]);
}
