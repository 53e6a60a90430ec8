namespace Remnant.Domain.Search;

/// <summary>
/// What a search reads of an entry before deciding whether its fold key is worth reading, in one
/// struct: at a million items the candidates of a common fragment are spread over the whole
/// index, and ruling one out then costs one cache line instead of one per array.
/// </summary>
internal struct EntryInfo
{
    public int FoldStart;
    public ushort FoldLength;
    public byte Field;
    public bool Alive;

    /// <summary>The fold key's first four characters, 16 bits each, the first in the top bits (zero when shorter).</summary>
    public ulong Head;

    /// <summary>The fold key's last four characters, 16 bits each, the last in the low bits.</summary>
    public ulong Tail;

    /// <summary>
    /// One bit (of 64, hashed) per exact trigram of the fold key: a key lacking the bit of one of
    /// a fragment's trigrams cannot contain the fragment, known without reading the key.
    /// </summary>
    public ulong Trigrams;

    public static ulong TrigramsOf(ReadOnlySpan<char> key)
    {
        ulong bits = 0;
        for (var i = 0; i + 2 < key.Length; i++) bits |= TrigramBit(key[i], key[i + 1], key[i + 2]);
        return bits;
    }

    private static ulong TrigramBit(char a, char b, char c) =>
        1UL << (int)(unchecked((ulong)Grams.Trigram(a, b, c) * 0x9E3779B97F4A7C15UL) >> 58);

    public static ulong HeadOf(ReadOnlySpan<char> key)
    {
        ulong head = 0;
        for (var i = 0; i < 4 && i < key.Length; i++) head |= (ulong)key[i] << (48 - 16 * i);
        return head;
    }

    public static ulong TailOf(ReadOnlySpan<char> key)
    {
        ulong tail = 0;
        for (var i = Math.Max(0, key.Length - 4); i < key.Length; i++) tail = (tail << 16) | key[i];
        return tail;
    }

    /// <summary>Mask over the first <paramref name="chars"/> (1 to 4) characters of a <see cref="Head"/>.</summary>
    public static ulong HeadMask(int chars) => ulong.MaxValue << (64 - 16 * Math.Min(4, chars));

    /// <summary>Mask over the last <paramref name="chars"/> (1 to 4) characters of a <see cref="Tail"/>.</summary>
    public static ulong TailMask(int chars) => chars >= 4 ? ulong.MaxValue : (1UL << (16 * chars)) - 1;
}
