namespace Remnant.Domain.Search;

/// <summary>
/// The index's data, in flat arrays indexed by entry number rather than one object per entry:
/// at a million items with three entries each this keeps the heap small and scans cache-friendly.
/// Mutated only by the single writer; <see cref="SearchIndex"/> guards readers.
/// </summary>
internal sealed partial class IndexState
{
    /// <summary>Longest text kept per entry; longer readings are cut (fold keys are matched in full up to here).</summary>
    public const int MaxEntryLength = 4096;

    private int _count;
    private int _dead;
    private int[] _item = new int[16];
    private EntryInfo[] _entries = new EntryInfo[16];
    private int[] _rawStart = new int[16];
    private ushort[] _rawLength = new ushort[16];
    private uint[] _skeletonHash = new uint[16];
    private int[] _skeletonNext = new int[16];
    private byte[] _skeletonLength = new byte[16];
    private ulong[] _skeletonBag = new ulong[16];
    private char[] _fold = new char[256];
    private int _foldUsed;
    private byte[] _raw = new byte[256];
    private int _rawUsed;

    private readonly Dictionary<uint, int> _skeletonHead = [];
    private readonly Dictionary<long, Posting> _trigrams = [];
    private readonly Dictionary<int, Posting> _bigrams = [];

    private readonly Dictionary<string, int> _itemHandle = new(StringComparer.Ordinal);
    private readonly List<string> _itemIds = [];
    private int[] _itemFirst = new int[16];
    private int[] _itemEntries = new int[16];
    private int _liveItems;

    private readonly bool[] _seen = new bool[char.MaxValue + 1];
    private readonly List<char> _alphabet = [];

    // Writer-only scratch, reused so bulk loads do not allocate per entry.
    private readonly HashSet<long> _triScratch = [];
    private readonly HashSet<int> _biScratch = [];

    public int EntryCount => _count - _dead;

    public int DeadEntries => _dead;

    public int ItemCount => _liveItems;

    public int Capacity => _count;

    public ReadOnlySpan<char> Fold(int entry) => _fold.AsSpan(_entries[entry].FoldStart, _entries[entry].FoldLength);

    public string Raw(int entry) => System.Text.Encoding.UTF8.GetString(_raw, _rawStart[entry], _rawLength[entry]);

    public SearchField Field(int entry) => (SearchField)_entries[entry].Field;

    public bool IsAlive(int entry) => _entries[entry].Alive;

    public int ItemOf(int entry) => _item[entry];

    public string ItemId(int handle) => _itemIds[handle];

    /// <summary>Live entries in insertion order, for compaction and tests.</summary>
    public IEnumerable<(string ItemId, IReadOnlyList<SearchEntry> Entries)> LiveItems()
    {
        for (var handle = 0; handle < _itemIds.Count; handle++)
        {
            if (_itemEntries[handle] == 0) continue;
            var entries = new List<SearchEntry>(_itemEntries[handle]);
            for (var e = _itemFirst[handle]; e < _itemFirst[handle] + _itemEntries[handle]; e++)
            {
                entries.Add(new SearchEntry(Field(e), Raw(e)));
            }
            yield return (_itemIds[handle], entries);
        }
    }
}
