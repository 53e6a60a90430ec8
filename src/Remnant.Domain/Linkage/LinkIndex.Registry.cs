using Remnant.Domain.Text;

namespace Remnant.Domain.Linkage;

public sealed partial class LinkIndex
{
    /// <summary>An item with the keys it was filed under, so it can be unfiled exactly.</summary>
    private sealed record Registered(LinkItem Item, List<string> MakerLots, List<string> Batches,
        List<string> Boxes, List<string> Photos, SerialPattern? Serial);

    private void Register(LinkItem item)
    {
        var handle = _items.Count;
        var makerLots = new List<string>();
        if (Known(item.Maker) && Known(item.Lot)) makerLots.Add(Key(item.Maker, item.Lot));
        var batches = new List<string>();
        if (Known(item.Model))
        {
            foreach (var code in (item.DateCodes ?? []).Where(Known).Distinct()) batches.Add(Key(item.Model, code));
        }
        var boxes = (item.BoxMarkings ?? []).Select(FoldKey.Fold)
            .Where(k => k.Length >= _options.MinBoxMarkingLength).Distinct().ToList();
        var photos = (item.PhotoHashes ?? []).Select(h => h.Trim().ToLowerInvariant())
            .Where(h => h.Length > 0).Distinct().ToList();
        var serial = SerialPattern.Parse(item.Serial);

        var registered = new Registered(item, makerLots.Distinct().ToList(), batches.Distinct().ToList(), boxes, photos, serial);
        _items.Add(registered);
        _handles[item.ItemId] = handle;
        File(_makerLots, registered.MakerLots, handle);
        File(_batches, registered.Batches, handle);
        File(_boxes, boxes, handle);
        File(_photos, photos, handle);
        if (serial is { } pattern)
        {
            if (!_serials.TryGetValue(pattern.Key, out var sorted)) _serials[pattern.Key] = sorted = [];
            sorted.Add((pattern.Value, handle));
        }
    }

    private bool Unregister(string itemId)
    {
        if (!_handles.Remove(itemId, out var handle) || _items[handle] is not { } registered) return false;
        _items[handle] = null;
        Unfile(_makerLots, registered.MakerLots, handle);
        Unfile(_batches, registered.Batches, handle);
        Unfile(_boxes, registered.Boxes, handle);
        Unfile(_photos, registered.Photos, handle);
        if (registered.Serial is { } pattern && _serials.TryGetValue(pattern.Key, out var sorted))
        {
            sorted.Remove((pattern.Value, handle));
            if (sorted.Count == 0) _serials.Remove(pattern.Key);
        }
        return true;
    }

    private static void File(Dictionary<string, HashSet<int>> groups, List<string> keys, int handle)
    {
        foreach (var key in keys)
        {
            if (!groups.TryGetValue(key, out var members)) groups[key] = members = [];
            members.Add(handle);
        }
    }

    private static void Unfile(Dictionary<string, HashSet<int>> groups, List<string> keys, int handle)
    {
        foreach (var key in keys)
        {
            if (!groups.TryGetValue(key, out var members)) continue;
            members.Remove(handle);
            if (members.Count == 0) groups.Remove(key);
        }
    }
}
