using Remnant.Domain.Text;

namespace Remnant.Domain.Linkage;

public sealed partial class LinkIndex
{
    private IReadOnlyList<ItemLink> LinksOf(int handle)
    {
        var me = _items[handle]!;
        var links = new List<ItemLink>();
        var item = me.Item;
        foreach (var key in me.MakerLots)
        {
            Group(_makerLots[key], handle, LinkKind.SameMakerAndLot, links, other =>
                $"same maker '{item.Maker}' and lot '{item.Lot}'" + (FoldKey.Fold(other.Lot) == FoldKey.Fold(item.Lot) && other.Lot != item.Lot ? $" (read '{other.Lot}')" : ""));
        }
        foreach (var key in me.Batches)
        {
            var code = (item.DateCodes ?? []).First(c => Key(item.Model, c) == key);
            Group(_batches[key], handle, LinkKind.SameComponentBatch, links, other =>
            {
                if (!SameOrUnknown(item.Lot, other.Lot) || !SameOrUnknown(item.Maker, other.Maker)) return null;
                if (FoldKey.Fold(item.CaseId) == FoldKey.Fold(other.CaseId) && FoldKey.Fold(item.Country) == FoldKey.Fold(other.Country)) return null;
                var lot = Known(item.Lot) && Known(other.Lot) ? $", lot '{item.Lot}'" : "";
                return $"same part number '{item.Model}', date code '{code}'{lot} in {Where(item, other)}";
            });
        }
        foreach (var key in me.Boxes)
        {
            var raw = (item.BoxMarkings ?? []).First(b => FoldKey.Fold(b) == key);
            Group(_boxes[key], handle, LinkKind.SameBoxMarking, links, _ => $"same box marking '{raw}'");
        }
        foreach (var hash in me.Photos)
        {
            Group(_photos[hash], handle, LinkKind.SamePhoto, links, _ => $"same photo (SHA-256 {hash[..Math.Min(12, hash.Length)]}…)");
        }
        if (me.Serial is { } pattern) Sequence(handle, pattern, links);
        return links;
    }

    private void Group(HashSet<int> members, int handle, LinkKind kind, List<ItemLink> links, Func<LinkItem, string?> reason)
    {
        var me = _items[handle]!.Item;
        var found = 0;
        foreach (var other in members)
        {
            if (other == handle || _items[other] is not { } them || SameRecovery(me, them.Item)) continue;
            if (reason(them.Item) is not { } why) continue;
            links.Add(new ItemLink(me.ItemId, them.Item.ItemId, kind, why));
            if (++found == _options.MaxLinksPerRule) return;
        }
    }

    private void Sequence(int handle, SerialPattern pattern, List<ItemLink> links)
    {
        var me = _items[handle]!.Item;
        var low = pattern.Value - Math.Min(pattern.Value, _options.SerialWindow);
        var high = pattern.Value > long.MaxValue - _options.SerialWindow ? long.MaxValue : pattern.Value + _options.SerialWindow;
        var found = 0;
        foreach (var (value, other) in _serials[pattern.Key].GetViewBetween((low, int.MinValue), (high, int.MaxValue)))
        {
            if (other == handle || _items[other] is not { } them || SameRecovery(me, them.Item)) continue;
            var you = them.Item;
            if (!SameOrUnknown(me.Category, you.Category) || !SameOrUnknown(me.Maker, you.Maker) || !SameOrUnknown(me.Model, you.Model)) continue;
            var distance = Math.Abs(value - pattern.Value);
            var why = distance == 0
                ? $"same serial number '{me.Serial}' (pattern {pattern.Describe()})"
                : $"serials '{me.Serial}' and '{you.Serial}' in sequence: pattern {pattern.Describe()}, {distance} apart";
            links.Add(new ItemLink(me.ItemId, you.ItemId, LinkKind.SerialSequence, why));
            if (++found == _options.MaxLinksPerRule) return;
        }
    }

    private static bool SameRecovery(LinkItem a, LinkItem b) => string.Equals(a.RecoveryId, b.RecoveryId, StringComparison.Ordinal);

    private static string Where(LinkItem a, LinkItem b)
    {
        var cases = FoldKey.Fold(a.CaseId) != FoldKey.Fold(b.CaseId);
        var countries = FoldKey.Fold(a.Country) != FoldKey.Fold(b.Country);
        return cases && countries ? "different cases and countries" : cases ? "different cases" : "different countries";
    }
}
