using Remnant.Domain.Geography;

namespace Remnant.Domain.Screening;

/// <summary>One party named on a sanctions list: a person, body, vessel or aircraft, with every
/// name the list gives and the facts that help tell namesakes apart.</summary>
public sealed partial record ListedParty
{
    /// <summary>Creates a party. The primary name comes first in <see cref="Names"/>.</summary>
    /// <exception cref="ArgumentException">When the stable id is blank or the primary name is missing.</exception>
    public ListedParty(ListSource source, string stableId, string reference, PartySchema schema,
        PartyName primaryName, IEnumerable<PartyName>? aliases = null)
    {
        if (string.IsNullOrWhiteSpace(stableId)) throw new ArgumentException("A listed party needs its list's stable id.", nameof(stableId));
        Source = source;
        StableId = stableId.Trim();
        Reference = PartyName.Collapse(reference).Length > 0 ? PartyName.Collapse(reference) : StableId;
        Schema = schema;
        var names = new List<PartyName> { new(primaryName.Text, AliasQuality.Primary, primaryName.Language) };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primaryName.Text };
        foreach (var alias in aliases ?? [])
        {
            // Real lists repeat a name once per amending regulation (EU) or per source (UN): keep one.
            if (seen.Add(alias.Text)) names.Add(alias);
        }
        Names = names;
    }

    /// <summary>Which list names the party.</summary>
    public ListSource Source { get; }

    /// <summary>The list's own id that stays the same across releases: UN DATAID, OFAC ent_num, EU logicalId.</summary>
    public string StableId { get; }

    /// <summary>The reference people cite (UN <c>KPi.033</c>, EU <c>EU.27.28</c>; OFAC: the ent_num).</summary>
    public string Reference { get; }

    /// <summary>Person, organisation, company, vessel or aircraft.</summary>
    public PartySchema Schema { get; }

    /// <summary>Every name, the primary first; aliases and original-script names follow.</summary>
    public IReadOnlyList<PartyName> Names { get; }

    /// <summary>The primary name as the list writes it.</summary>
    public string PrimaryName => Names[0].Text;

    /// <summary>Dates of birth (persons) or of registration, as given.</summary>
    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];

    /// <summary>Nationalities, citizenships, countries of address or flag, as the list writes them.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Document and registration numbers.</summary>
    public IReadOnlyList<PartyIdentifier> Identifiers { get; init; } = [];

    /// <summary>Sanctions programmes or regimes (<c>DPRK</c>, <c>SDGT</c>, <c>PRK</c>).</summary>
    public IReadOnlyList<string> Programmes { get; init; } = [];

    /// <summary>When the party was first listed, when the list says.</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>Free-text remarks of the list.</summary>
    public string? Remarks { get; init; }

    /// <summary><see cref="Countries"/> resolved to ISO codes; names no code is known for are left out.</summary>
    public IReadOnlyList<CountryCode> CountryCodes => countryCodes ??= [.. Countries
        .Select(c => CountryNames.TryResolve(c, out var code) ? code : (CountryCode?)null)
        .OfType<CountryCode>().Distinct()];

    private IReadOnlyList<CountryCode>? countryCodes;
}
