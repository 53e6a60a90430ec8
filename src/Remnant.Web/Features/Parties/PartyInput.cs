using Remnant.Domain.Parties;
using Remnant.Web.Features.Parties.Shared;

namespace Remnant.Web.Features.Parties;

/// <summary>The party form as posted: aliases and identifiers one per line, one box per role.</summary>
internal sealed class PartyInput
{
    public PartyKind Kind { get; set; } = PartyKind.Company;
    public string? Name { get; set; }
    public string? OriginalScriptName { get; set; }
    public string? Aliases { get; set; }
    public string? Country { get; set; }
    public string? Identifiers { get; set; }
    // One property per role: an unchecked box posts nothing, which an indexed array would not survive.
    public bool Manufacturer { get; set; }
    public bool Exporter { get; set; }
    public bool Distributor { get; set; }
    public bool Broker { get; set; }
    public bool Carrier { get; set; }
    public bool EndUser { get; set; }
    public bool RecipientState { get; set; }

    /// <summary><c>auto</c> (persons private), <c>yes</c> or <c>no</c>.</summary>
    public string Private { get; set; } = "auto";

    public string? Notes { get; set; }

    public PartyFields ToFields() => new(Kind, Name, OriginalScriptName, TracingLabels.Lines(Aliases), Country, TracingLabels.Lines(Identifiers),
        RoleList(),
        Private switch { "yes" => true, "no" => false, _ => null }, Notes);

    public static PartyInput From(Party p) => new()
    {
        Kind = p.Kind, Name = p.Name, OriginalScriptName = p.OriginalScriptName, Aliases = string.Join('\n', p.Aliases), Country = p.Country,
        Identifiers = string.Join('\n', p.Identifiers),
        Manufacturer = p.Roles.HasFlag(PartyRoles.Manufacturer), Exporter = p.Roles.HasFlag(PartyRoles.Exporter),
        Distributor = p.Roles.HasFlag(PartyRoles.Distributor), Broker = p.Roles.HasFlag(PartyRoles.Broker), Carrier = p.Roles.HasFlag(PartyRoles.Carrier),
        EndUser = p.Roles.HasFlag(PartyRoles.EndUser), RecipientState = p.Roles.HasFlag(PartyRoles.RecipientState),
        Private = p.IsPrivateIndividual ? "yes" : "no", Notes = p.Notes,
    };

    private List<PartyRoles> RoleList()
    {
        var roles = new List<PartyRoles>();
        if (Manufacturer) roles.Add(PartyRoles.Manufacturer);
        if (Exporter) roles.Add(PartyRoles.Exporter);
        if (Distributor) roles.Add(PartyRoles.Distributor);
        if (Broker) roles.Add(PartyRoles.Broker);
        if (Carrier) roles.Add(PartyRoles.Carrier);
        if (EndUser) roles.Add(PartyRoles.EndUser);
        if (RecipientState) roles.Add(PartyRoles.RecipientState);
        return roles;
    }
}
