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

    public long Bytes => 24L + 16 + 4L * _ids.Length + 24 + 24L * _blocks.Length;

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
/// What bounds the best rank of any entry in one block of a posting: the shortest key, the
/// best field, and which characters (by their low six bits) keys start and end with.
/// </summary>
internal struct PostingBlock
{
    public static readonly PostingBlock Empty = new() { MinLength = ushort.MaxValue, MinField = byte.MaxValue };

    public ushort MinLength;
    public byte MinField;
    public ulong FirstChars;
    public ulong LastChars;

    public static ulong Bit(char c) => 1UL << (c & 63);

    public void Include(in EntryInfo info)
    {
        MinLength = Math.Min(MinLength, info.FoldLength);
        MinField = Math.Min(MinField, info.Field);
        FirstChars |= Bit((char)(info.Head >> 48));
        LastChars |= Bit((char)(info.Tail & 0xFFFF));
    }
}
