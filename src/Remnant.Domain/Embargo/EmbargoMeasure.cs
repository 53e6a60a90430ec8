using System.Globalization;
using Remnant.Domain.Geography;

namespace Remnant.Domain.Embargo;

/// <summary>One UN Security Council arms measure: resolution and paragraph, when it applied, whom it
/// targets, which way and which items, what it requires, and how sure the record is.</summary>
public sealed record EmbargoMeasure
{
    /// <summary>Creates a measure.</summary>
    /// <exception cref="ArgumentException">When the id, paragraph or scope is missing, the dates are reversed,
    /// or a State or armed-group measure has no country.</exception>
    public EmbargoMeasure(string id, string regime, int resolution, int year, string paragraph, DateOnly adopted, DateOnly inForce,
        DateOnly? ends, EmbargoTarget target, CountryCode? country, IReadOnlyList<EmbargoDirection> directions,
        IReadOnlyList<EmbargoScope> scopes, EmbargoEffect effect, bool verified, string source)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A measure needs an id.", nameof(id));
        if (string.IsNullOrWhiteSpace(paragraph)) throw new ArgumentException($"{id}: a measure needs its paragraph.", nameof(paragraph));
        if (resolution <= 0 || year is < 1946 or > 2100) throw new ArgumentException($"{id}: resolution and year are required.", nameof(resolution));
        if (ends is { } end && end <= inForce) throw new ArgumentException($"{id}: ends before it is in force.", nameof(ends));
        if (target != EmbargoTarget.ListedPersons && country is null) throw new ArgumentException($"{id}: a {target} measure needs its country.", nameof(country));
        if (directions.Count == 0 || scopes.Count == 0) throw new ArgumentException($"{id}: direction and scope are required.", nameof(scopes));
        Id = id;
        Regime = regime;
        Resolution = resolution;
        Year = year;
        Paragraph = paragraph.Trim();
        Adopted = adopted;
        InForce = inForce;
        Ends = ends;
        Target = target;
        Country = country;
        Directions = directions;
        Scopes = scopes;
        Effect = effect;
        Verified = verified;
        Source = source;
    }

    /// <summary>A stable id (<c>dprk-1874-9</c>).</summary>
    public string Id { get; }

    /// <summary>The sanctions regime (<c>DPRK (1718)</c>).</summary>
    public string Regime { get; }

    /// <summary>The resolution number.</summary>
    public int Resolution { get; }

    /// <summary>The year of the resolution.</summary>
    public int Year { get; }

    /// <summary>The operative paragraph (<c>8(b)</c>, <c>Annex B para 5</c>).</summary>
    public string Paragraph { get; }

    /// <summary>The adoption date of the resolution.</summary>
    public DateOnly Adopted { get; }

    /// <summary>The first day the measure applied.</summary>
    public DateOnly InForce { get; }

    /// <summary>The first day it no longer applied (lifted, terminated, expired); null while in force.</summary>
    public DateOnly? Ends { get; }

    /// <summary>Whom it targets.</summary>
    public EmbargoTarget Target { get; }

    /// <summary>The target country; null for listed persons anywhere.</summary>
    public CountryCode? Country { get; }

    /// <summary>Who exactly, in words (<c>al-Shabaab</c>, <c>armed groups in North and South Kivu and Ituri</c>).</summary>
    public string? TargetDescription { get; init; }

    /// <summary>The part of the country it is limited to, when it is (<c>the Darfur states</c>).</summary>
    public string? Area { get; init; }

    /// <summary>Which ways of moving items it covers.</summary>
    public IReadOnlyList<EmbargoDirection> Directions { get; }

    /// <summary>Which items it covers.</summary>
    public IReadOnlyList<EmbargoScope> Scopes { get; }

    /// <summary>Items carved out of <see cref="Scopes"/> (1874: all arms except small arms and light weapons).</summary>
    public IReadOnlyList<EmbargoScope> ExcludedScopes { get; init; } = [];

    /// <summary>What it requires.</summary>
    public EmbargoEffect Effect { get; }

    /// <summary>Exemptions in words (prior notification for non-lethal equipment, UN missions...).</summary>
    public IReadOnlyList<string> Exemptions { get; init; } = [];

    /// <summary>True when resolution, paragraph and dates were checked against the text; false when
    /// the paragraph or a date is partly verified and must be checked before citing.</summary>
    public bool Verified { get; }

    /// <summary>Where the record comes from.</summary>
    public string Source { get; }

    /// <summary>Disputes about the measure's validity (the 2025 reimposition of Iran's measures).</summary>
    public string? Contested { get; init; }

    /// <summary>Anything else a reader should know.</summary>
    public string? Note { get; init; }

    /// <summary>"resolution 1874 (2009) para 9".</summary>
    public string Citation => string.Create(CultureInfo.InvariantCulture, $"resolution {Resolution} ({Year}) para {Paragraph}");

    /// <summary>True on <paramref name="date"/>.</summary>
    public bool AppliesOn(DateOnly date) => date >= InForce && (Ends is not { } end || date < end);
}
