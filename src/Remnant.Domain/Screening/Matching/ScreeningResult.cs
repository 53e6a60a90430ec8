using System.Globalization;

namespace Remnant.Domain.Screening.Matching;

/// <summary>One scoring feature of a hit: what was compared, its value or effect, and in words why.</summary>
/// <param name="Name">name, queryCoverage, listedCoverage, evidence, aliasQuality, schema, birthYear, country, identifier.</param>
/// <param name="Value">The feature's value (a score, a factor, or a change to the score).</param>
/// <param name="Detail">The explanation for a person, in English.</param>
public sealed record ScoreFeature(string Name, double Value, string Detail)
{
    /// <summary>The detail's English template, with {0} where <see cref="DetailArguments"/> go: for wording
    /// it in the reader's language. Null when the detail is not worded from a template (the name's word pairs).</summary>
    public string? DetailFormat { get; private init; }

    /// <summary>The values the detail's template names (years, country codes, alias quality, schemas).</summary>
    public IReadOnlyList<object> DetailArguments { get; private init; } = [];

    /// <summary>A feature whose detail is <paramref name="format"/> filled with <paramref name="arguments"/>.</summary>
    public static ScoreFeature Worded(string name, double value, string format, params object[] arguments) =>
        new(name, value, string.Format(CultureInfo.InvariantCulture, format, arguments)) { DetailFormat = format, DetailArguments = arguments };

    /// <summary>The value as an explanation shows it: a factor as x0.98, a change to the score as +0.03, else 0.93.</summary>
    public string ValueText => Value.ToString(Name switch
    {
        "aliasQuality" or "schema" => "'x'0.00",
        "birthYear" or "country" or "identifier" => "+0.00;-0.00;0.00",
        _ => "0.00",
    }, CultureInfo.InvariantCulture);

    /// <summary>False for the measures whose value says it all (coverage, evidence).</summary>
    public bool ShowsDetail => Name is not ("queryCoverage" or "listedCoverage" or "evidence");
}

/// <summary>A listed party found for a query.</summary>
public sealed record ScreeningMatch(ListedParty Party, PartyName MatchedName, double Score, bool IsMatch, IReadOnlyList<ScoreFeature> Features)
{
    /// <summary>The word pairs behind the name score, each with its rule: for explaining the hit in another language.</summary>
    public IReadOnlyList<WordPair> Pairs { get; init; } = [];

    /// <summary>The features in one line: "name 0.93 (choe=choe, chun+sik=chunsik); aliasQuality x1.00 (Primary); birthYear +0.04 (1954 within 1954)".</summary>
    public string Explanation => Explain(f => f.Name, f => f.Detail, "; ");

    /// <summary>The features in one line, each named by <paramref name="label"/> and, where it has one,
    /// detailed by <paramref name="detail"/>: the one layout of an explanation, in any language.</summary>
    public string Explain(Func<ScoreFeature, string> label, Func<ScoreFeature, string> detail, string separator) =>
        string.Join(separator, Features.Select(f => f.ShowsDetail ? $"{label(f)} {f.ValueText} ({detail(f)})" : $"{label(f)} {f.ValueText}"));
}

/// <summary>What screening one query found, against which snapshots.</summary>
public sealed record ScreeningResult(ScreeningQuery Query, IReadOnlyList<ScreeningMatch> Matches, double Threshold)
{
    /// <summary>True when at least one hit reaches the threshold.</summary>
    public bool HasMatch => Matches.Any(m => m.IsMatch);
}

/// <summary>How to screen: the match threshold, how many hits to return, and which names to consider.</summary>
public sealed record ScreeningOptions
{
    /// <summary>The default threshold for screening against the lists: chosen so that at most 1% of the
    /// benchmark's 10,000 generated non-listed names reach any listed party (bench/RESULTS.md, Screening).</summary>
    public const double DefaultThreshold = 0.83;

    /// <summary>A score at or above this is a match.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>Hits below this are not returned at all.</summary>
    public double ReportFloor { get; init; } = 0.5;

    /// <summary>At most this many hits are returned, best first.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Only names for which this returns true are considered (a list, a programme); null: all.</summary>
    public Func<ListedParty, PartyName, bool>? Filter { get; init; }
}
