namespace Remnant.Domain.Search;

/// <summary>
/// The entries holding one n-gram, ascending. Entry numbers only grow, so appending keeps the
/// list sorted; removed entries stay until the index compacts. Every <see cref="BlockSize"/>
/// entries after the first share a <see cref="PostingBlock"/> summary, so a search can pass over
/// whole blocks that cannot reach its kept best without touching their entries. The first block
/// has none and is always read: most postings are shorter than a block and pay nothing for it.
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

    /// <summary>Blocks of <see cref="BlockSize"/> entries, the last one possibly shorter.</summary>
    public int BlockCount => (Count + BlockSize - 1) >> BlockShift;

    /// <summary>The summary of block <paramref name="block"/>, from 1 (the first block has none).</summary>
    public ref readonly PostingBlock Block(int block) => ref _blocks[block - 1];

    public long Bytes => 24L + 16 + 4L * _ids.Length + (_blocks.Length == 0 ? 0 : 24 + 56L * _blocks.Length);

    public void Add(int entry, in EntryInfo info)
    {
        if (Count == _ids.Length) Array.Resize(ref _ids, Math.Max(4, _ids.Length + (_ids.Length >> 1)));
        var block = (Count >> BlockShift) - 1;
        if (block >= 0)
        {
            if (block == _blocks.Length) Array.Resize(ref _blocks, Math.Max(1, _blocks.Length * 2));
            if ((Count & (BlockSize - 1)) == 0) _blocks[block] = PostingBlock.Empty;
            _blocks[block].Include(info);
        }
        _ids[Count++] = entry;
    }

    public void TrimExcess()
    {
        if (_ids.Length != Count) Array.Resize(ref _ids, Count);
        var blocks = Math.Max(0, BlockCount - 1);
        if (_blocks.Length != blocks) Array.Resize(ref _blocks, blocks);
    }
}

/// <summary>
/// What bounds the best rank of any entry in one block of a posting: the shortest key and best
/// field, which characters (by their low six bits) keys start and end with, and, for each of
/// eight classes of first and of last character (low three bits), the best (length, field) of
/// the keys starting or ending with one: the shortest, then the best field among the shortest.
/// </summary>
internal struct PostingBlock
{
    public static readonly PostingBlock Empty = new() { MinLength = ushort.MaxValue, MinField = byte.MaxValue, Heads = Slots.None, Tails = Slots.None };

    public ushort MinLength;
    public byte MinField;
    public ulong FirstChars;
    public ulong LastChars;
    public Slots Heads;
    public Slots Tails;

    public static ulong Bit(char c) => 1UL << (c & 63);

    public void Include(in EntryInfo info)
    {
        MinLength = Math.Min(MinLength, info.FoldLength);
        MinField = Math.Min(MinField, info.Field);
        var first = (char)(info.Head >> 48);
        var last = (char)(info.Tail & 0xFFFF);
        FirstChars |= Bit(first);
        LastChars |= Bit(last);
        var best = Slots.Pack(info.FoldLength, info.Field);
        if (best < Heads[first & 7]) Heads[first & 7] = best;
        if (best < Tails[last & 7]) Tails[last & 7] = best;
    }

    /// <summary>Per character class, length (capped at 255) in the high byte and field in the low byte; smaller is better.</summary>
    [System.Runtime.CompilerServices.InlineArray(8)]
    public struct Slots
    {
        private ushort _first;

        public static Slots None
        {
            get
            {
                var none = default(Slots);
                ((Span<ushort>)none).Fill(ushort.MaxValue);
                return none;
            }
        }

        public static ushort Pack(int length, byte field) => (ushort)((Math.Min(length, 255) << 8) | field);

        public static int Length(ushort slot) => slot >> 8;

        public static byte Field(ushort slot) => (byte)slot;
    }
}
