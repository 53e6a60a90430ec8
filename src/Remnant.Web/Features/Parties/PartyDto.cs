using Remnant.Domain.Parties;

namespace Remnant.Web.Features.Parties;

internal sealed record PartyDto(string Id, PartyKind Kind, string Name, string? OriginalScriptName, IReadOnlyList<string> Aliases,
    string? Country, IReadOnlyList<string> Identifiers, IReadOnlyList<PartyRoles> Roles, bool IsPrivateIndividual, string? Notes,
    DateTimeOffset CreatedAt, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static PartyDto From(Party p) => new(p.Id, p.Kind, p.Name, p.OriginalScriptName, p.Aliases, p.Country, p.Identifiers,
        p.RoleList, p.IsPrivateIndividual, p.Notes, p.CreatedAt, p.RetractedAt, p.RetractedBy, p.RetractionReason);
}

/// <summary>A party as created or replaced. <c>isPrivateIndividual</c> left out means "a person is
/// private": public output will not name them.</summary>
internal sealed record PartyRequest(PartyKind? Kind, string? Name, string? OriginalScriptName, string?[]? Aliases, string? Country,
    string?[]? Identifiers, PartyRoles[]? Roles, bool? IsPrivateIndividual, string? Notes)
{
    public PartyFields ToFields() => new(Kind, Name, OriginalScriptName, Aliases, Country, Identifiers, Roles, IsPrivateIndividual, Notes);
}
