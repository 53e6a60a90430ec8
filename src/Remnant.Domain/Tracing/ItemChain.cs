namespace Remnant.Domain.Tracing;

/// <summary>Where a link stands relative to the point of diversion.</summary>
public enum ChainPhase
{
    /// <summary>No point of diversion is marked (or its holder is no longer in the chain).</summary>
    Unassessed,
    /// <summary>Before the point of diversion: a legal link.</summary>
    Legal,
    /// <summary>The transfer from the last legal holder to the first illicit one.</summary>
    Diversion,
    /// <summary>After the point of diversion.</summary>
    AfterDiversion,
}

/// <summary>One link of an item's chain, placed.</summary>
/// <param name="Link">The link.</param>
/// <param name="Phase">Where it stands relative to the point of diversion.</param>
/// <param name="FollowsOn">True when the previous link's receiver is this link's sender; false
/// marks a gap (links not known yet).</param>
public sealed record ChainStep(ChainLink Link, ChainPhase Phase, bool FollowsOn);

/// <summary>An item's chain in time order, from the maker towards the recovery, with the point of
/// diversion placed: either on a link (the transfer from the last legal holder to the first
/// illicit one is recorded) or between links (<see cref="MarkerAfter"/>).</summary>
/// <param name="Steps">The links in time order.</param>
/// <param name="Mark">The point of diversion, if marked.</param>
/// <param name="MarkerAfter">When the mark stands between links: the index of the step it follows
/// (-1: before the first). Null when there is no mark or the mark is a link.</param>
/// <param name="MarkIsStale">True when the marked last legal holder is no longer in the chain.</param>
public sealed record ItemChain(IReadOnlyList<ChainStep> Steps, DiversionPoint? Mark, int? MarkerAfter, bool MarkIsStale)
{
    /// <summary>Orders <paramref name="links"/> in time and places <paramref name="mark"/>.</summary>
    public static ItemChain Build(IEnumerable<ChainLink> links, DiversionPoint? mark)
    {
        var ordered = ChainLink.InTimeOrder(links);
        ChainStep Step(int i, ChainPhase phase) =>
            new(ordered[i], phase, i > 0 && ordered[i - 1].ToPartyId == ordered[i].FromPartyId);
        if (mark is null) return new(ordered.Select((_, i) => Step(i, ChainPhase.Unassessed)).ToList(), null, null, false);

        var last = mark.LastLegalHolderId;
        var linkIndex = mark.FirstIllicitHolderId is { } first
            ? LastIndex(ordered, l => l.FromPartyId == last && l.ToPartyId == first) : -1;
        if (linkIndex >= 0)
        {
            var steps = ordered.Select((_, i) => Step(i, i < linkIndex ? ChainPhase.Legal : i == linkIndex ? ChainPhase.Diversion : ChainPhase.AfterDiversion));
            return new(steps.ToList(), mark, null, false);
        }
        var after = LastIndex(ordered, l => l.ToPartyId == last);
        if (after < 0)
        {
            var firstOut = ordered.ToList().FindIndex(l => l.FromPartyId == last);
            if (firstOut < 0) return new(ordered.Select((_, i) => Step(i, ChainPhase.Unassessed)).ToList(), mark, ordered.Count - 1, true);
            after = firstOut - 1;
        }
        return new(ordered.Select((_, i) => Step(i, i <= after ? ChainPhase.Legal : ChainPhase.AfterDiversion)).ToList(), mark, after, false);
    }

    private static int LastIndex(IReadOnlyList<ChainLink> links, Func<ChainLink, bool> match)
    {
        for (var i = links.Count - 1; i >= 0; i--) if (match(links[i])) return i;
        return -1;
    }
}
