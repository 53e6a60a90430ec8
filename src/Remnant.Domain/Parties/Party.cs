using Remnant.Domain.History;

namespace Remnant.Domain.Parties;

/// <summary>What kind of party a record is.</summary>
public enum PartyKind
{
    /// <summary>A company or firm.</summary>
    Company,
    /// <summary>Another organisation: an armed group, an agency, an NGO.</summary>
    Organisation,
    /// <summary>A natural person.</summary>
    Person,
    /// <summary>A State (its government).</summary>
    State,
}

/// <summary>The roles a party plays in supply chains.</summary>
[Flags]
public enum PartyRoles
{
    /// <summary>No role recorded yet.</summary>
    None = 0,
    /// <summary>Makes items or components.</summary>
    Manufacturer = 1,
    /// <summary>Exports them.</summary>
    Exporter = 2,
    /// <summary>Distributes components.</summary>
    Distributor = 4,
    /// <summary>Arranges transfers.</summary>
    Broker = 8,
    /// <summary>Carries goods.</summary>
    Carrier = 16,
    /// <summary>Declared end user.</summary>
    EndUser = 32,
    /// <summary>Receiving State.</summary>
    RecipientState = 64,
}

/// <summary>An organisation, company, person or State that appears in a supply chain.</summary>
public sealed partial class Party : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>What kind of party it is.</summary>
    public PartyKind Kind { get; set; }

    /// <summary>The primary name, in Latin script where one is known.</summary>
    public required string Name { get; set; }

    /// <summary>The name in its own script (Hangul, Cyrillic, Arabic...).</summary>
    public string? OriginalScriptName { get; set; }

    /// <summary>Other names and spellings.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 code of its country.</summary>
    public string? Country { get; set; }

    /// <summary>Registration numbers, CAGE codes and the like, as <c>scheme:value</c>.</summary>
    public List<string> Identifiers { get; set; } = [];

    /// <summary>Its roles in supply chains.</summary>
    public PartyRoles Roles { get; set; }

    /// <summary>A private individual is never named in public output.</summary>
    public bool IsPrivateIndividual { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Fold keys of every name, alias and identifier value, joined by <c>|</c>, for
    /// look-alike-tolerant search (derived, never shown).</summary>
    public string SearchKey { get; set; } = string.Empty;

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }
}
