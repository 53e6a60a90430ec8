using Remnant.Domain.Text;

namespace Remnant.Domain.Linkage;

/// <summary>
/// Finds links between items of different recoveries through keyed groups (maker+lot, part
/// number+date code, box marking, photo hash) and per-pattern sorted serial numbers, so the
/// links of one new or changed item cost the size of its groups, not a pass over every item.
/// Thread-safe: calls are serialised.
/// </summary>
public sealed partial class LinkIndex
{
    private const char Separator = '\u001f';

    private readonly object _gate = new();
    private readonly LinkOptions _options;
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal);
    private readonly List<Registered?> _items = [];
    private readonly Dictionary<string, HashSet<int>> _makerLots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _batches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _boxes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _photos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<(long Value, int Handle)>> _serials = new(StringComparer.Ordinal);

    /// <summary>An empty index with <paramref name="options"/> (or the defaults).</summary>
    public LinkIndex(LinkOptions? options = null) => _options = options ?? LinkOptions.Default;

    /// <summary>Items registered.</summary>
    public int Count
    {
        get { lock (_gate) return _handles.Count; }
    }

    /// <summary>Registers or replaces <paramref name="item"/> and returns its links as they now stand.</summary>
    public IReadOnlyList<ItemLink> Upsert(LinkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(item.ItemId);
        lock (_gate)
        {
            Unregister(item.ItemId);
            Register(item);
            return LinksOf(_handles[item.ItemId]);
        }
    }

    /// <summary>Forgets an item; false when it was not registered.</summary>
    public bool Remove(string itemId)
    {
        lock (_gate) return Unregister(itemId);
    }

    /// <summary>The current links of one item; empty when it is unknown.</summary>
    public IReadOnlyList<ItemLink> LinksFor(string itemId)
    {
        lock (_gate) return _handles.TryGetValue(itemId, out var handle) ? LinksOf(handle) : [];
    }

    /// <summary>Replaces everything with <paramref name="items"/>; <paramref name="progress"/> gets the count loaded so far.</summary>
    public void Rebuild(IEnumerable<LinkItem> items, IProgress<int>? progress = null)
    {
        lock (_gate)
        {
            Clear();
            var count = 0;
            foreach (var item in items)
            {
                Unregister(item.ItemId);
                Register(item);
                if (++count % 10_000 == 0) progress?.Report(count);
            }
            progress?.Report(count);
        }
    }

    /// <summary>Every link in the index, each pair and kind once.</summary>
    public IEnumerable<ItemLink> AllLinks()
    {
        List<ItemLink> all;
        lock (_gate)
        {
            all = [];
            for (var handle = 0; handle < _items.Count; handle++)
            {
                if (_items[handle] is not { } me) continue;
                foreach (var link in LinksOf(handle))
                {
                    if (string.Equals(link.FirstItemId, me.Item.ItemId, StringComparison.Ordinal)) all.Add(link);
                }
            }
        }
        return all;
    }

    private void Clear()
    {
        _handles.Clear();
        _items.Clear();
        _makerLots.Clear();
        _batches.Clear();
        _boxes.Clear();
        _photos.Clear();
        _serials.Clear();
    }

    private static string Key(params string?[] parts) => string.Join(Separator, parts.Select(FoldKey.Fold));

    private static bool Known(string? text) => FoldKey.Fold(text).Length > 0;

    private static bool SameOrUnknown(string? a, string? b) =>
        !Known(a) || !Known(b) || string.Equals(FoldKey.Fold(a), FoldKey.Fold(b), StringComparison.Ordinal);
}
