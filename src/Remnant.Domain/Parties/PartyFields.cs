namespace Remnant.Domain.Parties;

/// <summary>The editable fields of a party as they arrive from a form or the API.</summary>
/// <param name="Kind">Company, organisation, person or State; required.</param>
/// <param name="Name">Primary name; required.</param>
/// <param name="OriginalScriptName">The name in its own script.</param>
/// <param name="Aliases">Other names and spellings, in any script; blanks are skipped.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Identifiers">Identifiers written <c>scheme:value</c> (<c>cage:1ABC2</c>).</param>
/// <param name="Roles">Single roles; each may appear once.</param>
/// <param name="IsPrivateIndividual">Null means "a person is private unless said otherwise".</param>
/// <param name="Notes">Free text.</param>
public sealed record PartyFields(
    PartyKind? Kind,
    string? Name,
    string? OriginalScriptName = null,
    IReadOnlyList<string?>? Aliases = null,
    string? Country = null,
    IReadOnlyList<string?>? Identifiers = null,
    IReadOnlyList<PartyRoles>? Roles = null,
    bool? IsPrivateIndividual = null,
    string? Notes = null);
