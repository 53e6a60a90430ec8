namespace Remnant.Domain.Search;

/// <summary>
/// The entries holding one n-gram, ascending. Entry numbers only grow, so appending keeps the
/// list sorted; removed entries stay until the index compacts. Every <see cref="BlockSize"/>
/// entries share a <see cref="PostingBlock"/> summary, so a search can pass over whole blocks
/// that cannot reach its kept best without touching their entries.
/// </summary>
internal sealed class Posting
{
    public const int BlockShift = 6;
    public const int BlockSize = 1 << BlockShift;

    private int[] _ids;
    private PostingBlock[] _blocks = [];

    public Posting(int capacity = 4) => _ids = new int[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    public ReadOnlySpan<PostingBlock> Blocks => _blocks.AsSpan(0, (Count + BlockSize - 1) >> BlockShift);

    public long Bytes => 24L + 16 + 4L * _ids.Length + 24 + 40L * _blocks.Length;

    public void Add(int entry, in EntryInfo info)
    {
        if (Count == _ids.Length) Array.Resize(ref _ids, Math.Max(4, _ids.Length + (_ids.Length >> 1)));
        var block = Count >> BlockShift;
        if (block == _blocks.Length) Array.Resize(ref _blocks, Math.Max(1, _blocks.Length * 2));
        if ((Count & (BlockSize - 1)) == 0) _blocks[block] = PostingBlock.Empty;
        _blocks[block].Include(info);
        _ids[Count++] = entry;
    }

    public void TrimExcess()
    {
        if (_ids.Length != Count) Array.Resize(ref _ids, Count);
        var blocks = (Count + BlockSize - 1) >> BlockShift;
        if (_blocks.Length != blocks) Array.Resize(ref _blocks, blocks);
    }
}

/// <summary>
/// What bounds the best rank of any entry in one block of a posting: the shortest key, the best
/// field, which characters (by their low six bits) keys start and end with, and the shortest key
/// starting and ending with each of eight character classes (low three bits, lengths capped at 255).
/// </summary>
internal struct PostingBlock
{
    public static readonly PostingBlock Empty = new()
    {
        MinLength = ushort.MaxValue, MinField = byte.MaxValue, HeadLengths = ulong.MaxValue, TailLengths = ulong.MaxValue,
    };

    public ushort MinLength;
    public byte MinField;
    public ulong FirstChars;
    public ulong LastChars;
    public ulong HeadLengths;
    public ulong TailLengths;

    public static ulong Bit(char c) => 1UL << (c & 63);

    /// <summary>Shortest key of the block that starts with a character of <paramref name="c"/>'s class.</summary>
    public readonly int ShortestStartingWith(char c) => (int)((HeadLengths >> (8 * (c & 7))) & 0xFF);

    /// <summary>Shortest key of the block that ends with a character of <paramref name="c"/>'s class.</summary>
    public readonly int ShortestEndingWith(char c) => (int)((TailLengths >> (8 * (c & 7))) & 0xFF);

    public void Include(in EntryInfo info)
    {
        MinLength = Math.Min(MinLength, info.FoldLength);
        MinField = Math.Min(MinField, info.Field);
        var first = (char)(info.Head >> 48);
        var last = (char)(info.Tail & 0xFFFF);
        FirstChars |= Bit(first);
        LastChars |= Bit(last);
        var length = (ulong)Math.Min(info.FoldLength, (ushort)255);
        HeadLengths = Lower(HeadLengths, first & 7, length);
        TailLengths = Lower(TailLengths, last & 7, length);
    }

    private static ulong Lower(ulong lengths, int slot, ulong length)
    {
        var shift = 8 * slot;
        return ((lengths >> shift) & 0xFF) <= length ? lengths : (lengths & ~(0xFFUL << shift)) | (length << shift);
    }
}
