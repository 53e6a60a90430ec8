using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

/// <summary>Whether a transfer fits an item's chain. A chain runs forward in time from the
/// maker to the recovery, so a transfer is refused when
/// <list type="bullet">
/// <item>it would close a loop: the chain already leads from its receiver back to its sender
/// (A→B with B→…→A recorded), whatever the dates;</item>
/// <item>time would run backwards: its receiver passed the item on before the transfer gave it
/// to them, or its sender received the item only after handing it over;</item>
/// <item>it starts after the item was recovered.</item>
/// </list>
/// Gaps (links not yet known) are allowed: they are drawn as such, not refused.</summary>
public static class ChainRules
{
    /// <summary>Checks <paramref name="proposed"/> against the other links of one item's chain
    /// (<paramref name="chain"/>, without the proposed transfer's earlier version). Errors go to
    /// <paramref name="prefix"/> + <c>toPartyId</c> (loops) or <c>startDate</c> (time).</summary>
    /// <param name="chain">The item's other links.</param>
    /// <param name="proposed">The transfer being created or changed.</param>
    /// <param name="itemLabel">How to name the item in messages.</param>
    /// <param name="recoveredOn">When the item was recovered, if known.</param>
    /// <param name="nameOf">How to name a party in messages.</param>
    /// <param name="errors">Where failures go.</param>
    /// <param name="prefix">Field prefix, e.g. <c>transfers[0].</c>.</param>
    public static void Check(IReadOnlyList<ChainLink> chain, ChainLink proposed, string itemLabel, DateOnly? recoveredOn,
        Func<string, string> nameOf, ValidationErrors errors, string prefix = "")
    {
        if (recoveredOn is { } recovered && proposed.Start > recovered)
            errors.Add(prefix + "startDate", $"Item {itemLabel} was recovered on {recovered:yyyy-MM-dd}: a transfer in its chain cannot start after that.");

        if (PathBetween(chain, proposed.ToPartyId, proposed.FromPartyId) is { } path)
        {
            var parties = string.Join(" → ", path.Select(nameOf));
            errors.Add(prefix + "toPartyId", $"Would make a loop in the chain of item {itemLabel}: it already runs {parties}.");
            return;
        }

        foreach (var link in chain)
        {
            if (link.FromPartyId == proposed.ToPartyId && link.Finish < proposed.Start)
            {
                errors.Add(prefix + "startDate", $"{nameOf(link.FromPartyId)} passed item {itemLabel} on to {nameOf(link.ToPartyId)} by {link.Finish:yyyy-MM-dd}, before this transfer to them starts ({proposed.Start:yyyy-MM-dd}).");
                return;
            }
            if (link.ToPartyId == proposed.FromPartyId && link.Start > proposed.Finish)
            {
                errors.Add(prefix + "startDate", $"{nameOf(link.ToPartyId)} received item {itemLabel} from {nameOf(link.FromPartyId)} only on {link.Start:yyyy-MM-dd}, after this transfer from them ends ({proposed.Finish:yyyy-MM-dd}).");
                return;
            }
        }
    }

    /// <summary>The parties on a path of links from <paramref name="from"/> to <paramref name="to"/>
    /// (both included), or null when there is none.</summary>
    public static IReadOnlyList<string>? PathBetween(IReadOnlyList<ChainLink> chain, string from, string to)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var party = queue.Dequeue();
            if (party == to)
            {
                var path = new List<string>();
                for (string? p = party; p is not null; p = previous[p]) path.Add(p);
                path.Reverse();
                return path;
            }
            foreach (var link in chain.Where(l => l.FromPartyId == party).OrderBy(l => l.TransferId, StringComparer.Ordinal))
            {
                if (previous.TryAdd(link.ToPartyId, party)) queue.Enqueue(link.ToPartyId);
            }
        }
        return null;
    }
}
