using Remnant.Domain.Cases;

namespace Remnant.Web.Features.Cases;

internal sealed record CaseDto(string Id, string Title, string? Description, DateTimeOffset CreatedAt,
    DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static CaseDto From(Case c) => new(c.Id, c.Title, c.Description, c.CreatedAt, c.RetractedAt, c.RetractedBy, c.RetractionReason);
}

internal sealed record CaseRequest(string? Title, string? Description);
