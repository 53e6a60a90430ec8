using Remnant.Domain.Markings;

namespace Remnant.Web.Features.Markings;

internal sealed record MarkingDto(string Id, string ItemId, string Text, string? Location, MarkingMethod Method, Legibility Legibility,
    string? EvidenceFileId, string? SupersedesId, DateTimeOffset CreatedAt, string? CreatedBy,
    DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static MarkingDto From(Marking m) => new(m.Id, m.ItemId, m.Text, m.Location, m.Method, m.Legibility, m.EvidenceFileId,
        m.SupersedesId, m.CreatedAt, m.CreatedBy, m.RetractedAt, m.RetractedBy, m.RetractionReason);
}

/// <summary>A new reading, or (PUT) a change: a different <c>text</c> makes a new marking that
/// supersedes the old one, which is kept; other fields are edited in place.</summary>
internal sealed record MarkingRequest(string? ItemId, string? Text, string? Location, MarkingMethod? Method, Legibility? Legibility, string? EvidenceFileId)
{
    public MarkingFields ToFields() => new(Text, Location, Method ?? MarkingMethod.Unknown, Legibility ?? Domain.Markings.Legibility.Clear, EvidenceFileId);
}
