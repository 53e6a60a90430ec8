namespace Remnant.Domain.Tracing;

/// <summary>Why a transfer is in an item's chain.</summary>
public enum ChainMatch
{
    /// <summary>The transfer names the item.</summary>
    Item,
    /// <summary>The transfer names the item's lot.</summary>
    Lot,
    /// <summary>The item's serial lies in the transfer's serial range.</summary>
    SerialRange,
}

/// <summary>A transfer as one link of an item's chain: the facts chain rules and ordering need.</summary>
/// <param name="TransferId">The transfer.</param>
/// <param name="FromPartyId">Who handed the item over.</param>
/// <param name="ToPartyId">Who received it.</param>
/// <param name="Start">The day, or the first day of the period.</param>
/// <param name="End">The last day of the period, if a period.</param>
/// <param name="Confidence">How sure the link is.</param>
/// <param name="MatchedBy">Why it is in this item's chain.</param>
public sealed record ChainLink(string TransferId, string FromPartyId, string ToPartyId, DateOnly Start, DateOnly? End,
    Confidence Confidence, ChainMatch MatchedBy)
{
    /// <summary>The last day it may have happened on.</summary>
    public DateOnly Finish => End ?? Start;

    /// <summary>Orders links in time, from manufacture towards recovery. Links of the same dates
    /// keep the order of hand-over (A→B before B→C); otherwise the transfer id decides, so the
    /// order is the same on every call.</summary>
    public static IReadOnlyList<ChainLink> InTimeOrder(IEnumerable<ChainLink> links)
    {
        var ordered = new List<ChainLink>();
        foreach (var group in links.GroupBy(l => (l.Start, l.Finish)).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.Finish))
        {
            var pending = group.OrderBy(l => l.TransferId, StringComparer.Ordinal).ToList();
            while (pending.Count > 0)
            {
                // Take the first link whose sender receives nothing from another pending link.
                var next = pending.FirstOrDefault(l => !pending.Any(o => o != l && o.ToPartyId == l.FromPartyId)) ?? pending[0];
                ordered.Add(next);
                pending.Remove(next);
            }
        }
        return ordered;
    }
}
