using Remnant.Domain.Geography;
using Remnant.Domain.Text;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Parties;

public sealed partial class Party
{
    /// <summary>Most aliases one party may carry.</summary>
    public const int MaxAliases = 100;

    /// <summary>Most identifiers one party may carry.</summary>
    public const int MaxIdentifiers = 30;

    /// <summary>Every single role, in the order they are listed.</summary>
    public static IReadOnlyList<PartyRoles> AllRoles { get; } =
    [
        PartyRoles.Manufacturer, PartyRoles.Exporter, PartyRoles.Distributor, PartyRoles.Broker,
        PartyRoles.Carrier, PartyRoles.EndUser, PartyRoles.RecipientState,
    ];

    /// <summary>False for a private individual: public output (briefs, the portal) must not name them.</summary>
    public bool MayBeNamedInPublic => !IsPrivateIndividual;

    /// <summary>The roles as single flags, in list order.</summary>
    public IReadOnlyList<PartyRoles> RoleList => AllRoles.Where(r => Roles.HasFlag(r)).ToList();

    /// <summary>Checks <paramref name="fields"/> and, when all pass, applies them. Blank aliases and
    /// identifiers are skipped and repeats (by fold key) dropped. A person is a private individual
    /// unless the fields say otherwise; only a person can be one, and only a State can be a
    /// recipient State.</summary>
    public static ValidationErrors Apply(Party target, PartyFields fields)
    {
        var errors = new ValidationErrors();
        if (fields.Kind is not { } kind) errors.Add("kind", "Required: one of company, organisation, person, state.");
        else if (!Enum.IsDefined(kind)) errors.Add("kind", "Unknown kind.");
        var name = TextRules.Required(fields.Name, "name", errors);
        var original = TextRules.Clean(fields.OriginalScriptName, "originalScriptName", errors);
        var aliases = CleanAliases(fields.Aliases, [name, original], errors);
        var identifiers = CleanIdentifiers(fields.Identifiers, errors);

        string? country = null;
        if (!string.IsNullOrWhiteSpace(fields.Country))
        {
            if (CountryCode.TryParse(fields.Country, out var code)) country = code.Value;
            else errors.Add("country", $"'{Shorten(fields.Country.Trim())}' is not an ISO 3166-1 alpha-2 country code.");
        }

        var roles = PartyRoles.None;
        foreach (var role in fields.Roles ?? [])
        {
            if (!AllRoles.Contains(role)) errors.Add("roles", "Each role must be one of manufacturer, exporter, distributor, broker, carrier, end-user, recipient-state.");
            else roles |= role;
        }
        if (roles.HasFlag(PartyRoles.RecipientState) && fields.Kind is { } k1 && k1 != PartyKind.State)
            errors.Add("roles", "Only a State can be a recipient State.");

        var isPrivate = fields.IsPrivateIndividual ?? fields.Kind == PartyKind.Person;
        if (isPrivate && fields.Kind is { } k2 && k2 != PartyKind.Person)
            errors.Add("isPrivateIndividual", "Only a person can be a private individual.");
        var notes = TextRules.Clean(fields.Notes, "notes", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;

        target.Kind = fields.Kind!.Value;
        target.Name = name!;
        target.OriginalScriptName = original;
        target.Aliases = aliases;
        target.Country = country;
        target.Identifiers = identifiers.Select(i => i.ToString()).ToList();
        target.Roles = roles;
        target.IsPrivateIndividual = isPrivate;
        target.Notes = notes;
        target.SearchKey = SearchKeyOf([name, original, .. aliases, .. identifiers.Select(i => i.Value)]);
        return errors;
    }

    /// <summary>The fields as they stand.</summary>
    public PartyFields ToFields() => new(Kind, Name, OriginalScriptName, Aliases, Country, Identifiers, RoleList, IsPrivateIndividual, Notes);

    /// <summary>The search key of a set of names: their fold keys joined by <c>|</c>, a separator
    /// that folding removes, so that a folded query never matches across two names.</summary>
    public static string SearchKeyOf(IEnumerable<string?> names) =>
        string.Join('|', names.Select(FoldKey.Fold).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));

    private static List<string> CleanAliases(IReadOnlyList<string?>? raw, string?[] names, ValidationErrors errors)
    {
        var seen = names.Select(FoldKey.Fold).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var aliases = new List<string>();
        for (var i = 0; i < (raw?.Count ?? 0); i++)
        {
            var alias = TextRules.Clean(raw![i], $"aliases[{i}]", errors);
            if (alias is null) continue;
            var key = FoldKey.Fold(alias);
            if (key.Length == 0 ? aliases.Contains(alias, StringComparer.Ordinal) : !seen.Add(key)) continue;
            aliases.Add(alias);
        }
        if (aliases.Count > MaxAliases) errors.Add("aliases", $"At most {MaxAliases} aliases.");
        return aliases;
    }

    private static List<PartyIdentifier> CleanIdentifiers(IReadOnlyList<string?>? raw, ValidationErrors errors)
    {
        var identifiers = new List<PartyIdentifier>();
        for (var i = 0; i < (raw?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(raw![i])) continue;
            if (!PartyIdentifier.TryParse(raw[i], out var identifier, out var reason)) errors.Add($"identifiers[{i}]", reason);
            else if (!identifiers.Contains(identifier)) identifiers.Add(identifier);
        }
        if (identifiers.Count > MaxIdentifiers) errors.Add("identifiers", $"At most {MaxIdentifiers} identifiers.");
        return identifiers;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
