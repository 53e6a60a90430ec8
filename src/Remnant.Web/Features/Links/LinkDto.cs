using Remnant.Domain.Linkage;
using Remnant.Web.Features.Search;

namespace Remnant.Web.Features.Links;

/// <summary>A stored link seen from one of its items: the related item, why, and the analyst's decision.</summary>
internal sealed record RelatedDto(string LinkId, ItemSummaryDto Item, LinkKind Kind, string Reason, bool Active,
    LinkDecision Decision, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote)
{
    public static RelatedDto From(LinkRecord link, ItemSummaryDto other) => new(link.Id, other, link.Kind, link.Reason, link.Active,
        link.Decision, link.DecidedBy, link.DecidedAt, link.DecisionNote);
}

/// <summary>A stored link with both items, for the links list.</summary>
internal sealed record LinkDto(string Id, ItemSummaryDto First, ItemSummaryDto Second, LinkKind Kind, string Reason, bool Active,
    DateTimeOffset DetectedAt, LinkDecision Decision, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote)
{
    public static LinkDto From(LinkRecord l, ItemSummaryDto first, ItemSummaryDto second) => new(l.Id, first, second, l.Kind, l.Reason,
        l.Active, l.DetectedAt, l.Decision, l.DecidedBy, l.DecidedAt, l.DecisionNote);
}

/// <summary>Body of confirm and dismiss.</summary>
internal sealed record DecisionRequest(string? Note);
