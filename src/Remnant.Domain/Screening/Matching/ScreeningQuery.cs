using System.Globalization;
using Remnant.Domain.Geography;

namespace Remnant.Domain.Screening.Matching;

/// <summary>A name to screen, with the optional facts that raise or lower a hit's score.</summary>
public sealed record ScreeningQuery
{
    /// <summary>Longest name accepted: real names are far shorter; longer input is an error or an attack.</summary>
    public const int MaxNameLength = 300;

    private ScreeningQuery(string name, NameToken[][] forms, PartySchema? schema, int? birthYear, IReadOnlyList<CountryCode> countries, IReadOnlyList<string> identifiers)
    {
        Name = name;
        Forms = forms;
        Schema = schema;
        BirthYear = birthYear;
        Countries = countries;
        Identifiers = identifiers;
    }

    /// <summary>The name as given, white space tidied.</summary>
    public string Name { get; }

    /// <summary>Person, organisation, company, vessel or aircraft, when the caller knows.</summary>
    public PartySchema? Schema { get; }

    /// <summary>Year of birth (persons) when known.</summary>
    public int? BirthYear { get; }

    /// <summary>Nationalities or countries linked to the party.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    /// <summary>Passport, registration or IMO numbers, reduced to letters and digits.</summary>
    public IReadOnlyList<string> Identifiers { get; }

    /// <summary>The tokenised forms of the name (one per transliteration).</summary>
    public IReadOnlyList<NameToken[]> Forms { get; }

    /// <summary>Checks and prepares a query. Refuses, naming the field: an empty name, one letter, more
    /// than <see cref="MaxNameLength"/> characters, control characters, no letters (punctuation only),
    /// only common words (legal forms, titles), an implausible birth year, an unknown country.</summary>
    public static QueryParse Parse(string? name, PartySchema? schema = null, int? birthYear = null,
        IEnumerable<string>? countries = null, IEnumerable<string>? identifiers = null)
    {
        if (string.IsNullOrWhiteSpace(name)) return QueryParse.Fail("name", "is empty");
        if (name.Length > MaxNameLength) return QueryParse.Fail("name", "is longer than {0} characters", MaxNameLength);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c) && c != '\t') return QueryParse.Fail("name", "contains control characters");
            // An override or isolate reorders what is shown: "‮nU gnoJ miK" displays as Kim Jong Un but is
            // screened as written. Refused, as a marking with one is, rather than screened under a false face.
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return QueryParse.Fail("name", "contains the bidirectional control U+{0} at position {1}: what is displayed can differ from what is screened. Re-enter the name without it",
                    ((int)c).ToString("X4", CultureInfo.InvariantCulture), i + 1);
            if (char.IsHighSurrogate(c) && (i + 1 == name.Length || !char.IsLowSurrogate(name[i + 1]))) return QueryParse.Fail("name", "contains an invalid character");
            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(name[i - 1]))) return QueryParse.Fail("name", "contains an invalid character");
        }
        var letters = name.Count(char.IsLetter);
        if (letters == 0) return QueryParse.Fail("name", "has no letters (only punctuation, digits or symbols)");
        if (letters == 1) return QueryParse.Fail("name", "is a single letter");
        var forms = NameTokenizer.Forms(name).Where(f => f.Length > 0).ToArray();
        if (forms.Length == 0) return QueryParse.Fail("name", "has no letters that can be compared");
        if (!forms.Any(f => f.Any(t => t.Distinctive)))
            return QueryParse.Fail("name", "holds only common words (legal forms, titles, particles), which match nothing on their own");
        if (birthYear is < 1850 or > 2100) return QueryParse.Fail("birthYear", "must be between 1850 and 2100");
        var codes = new List<CountryCode>();
        foreach (var country in countries ?? [])
        {
            if (string.IsNullOrWhiteSpace(country)) continue;
            if (!CountryNames.TryResolve(country, out var code)) return QueryParse.Fail("countries", "'{0}' is not a known country", country.Trim());
            codes.Add(code);
        }
        var ids = (identifiers ?? []).Select(PartyIdentifier.Keyed).Where(k => k.Length >= 4).Distinct().ToList();
        return QueryParse.Ok(new ScreeningQuery(PartyName.Collapse(name), forms, schema, birthYear, codes, ids));
    }
}

/// <summary>A checked query, or the field and reason it was refused (<see cref="Reason"/> in English).</summary>
public sealed record QueryParse(ScreeningQuery? Query, string? Field, string? Reason)
{
    /// <summary>True when <see cref="Query"/> is usable.</summary>
    public bool Succeeded => Query is not null;

    /// <summary>The reason's English template, with {0} where <see cref="ReasonArguments"/> go: for
    /// wording the reason in the reader's language.</summary>
    public string? ReasonFormat { get; private init; }

    /// <summary>The values the reason's template names.</summary>
    public IReadOnlyList<object> ReasonArguments { get; private init; } = [];

    internal static QueryParse Ok(ScreeningQuery query) => new(query, null, null);

    internal static QueryParse Fail(string field, string format, params object[] arguments) =>
        new(null, field, string.Format(CultureInfo.InvariantCulture, format, arguments)) { ReasonFormat = format, ReasonArguments = arguments };
}
