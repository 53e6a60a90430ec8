using System.Globalization;

namespace Remnant.Domain.Screening.Matching;

/// <summary>Turns a name alignment into a hit: the name score, then the alias quality, schema, birth
/// year, country and identifier features, each recorded with its effect so the score explains itself.</summary>
public static class MatchScoring
{
    /// <summary>Factor for a query schema that cannot name the listed party (a person against a company).</summary>
    public const double SchemaMismatchFactor = 0.6;

    /// <summary>Scores one party for one query.</summary>
    public static ScreeningMatch Score(ScreeningQuery query, ListedParty party, PartyName name, NameAlignment alignment, double threshold)
    {
        var features = new List<ScoreFeature>
        {
            new("name", alignment.Score, alignment.Describe()),
            new("queryCoverage", alignment.QueryCoverage, "share of the query's weight matched"),
            new("listedCoverage", alignment.CandidateCoverage, "share of the listed name's weight matched"),
            new("evidence", alignment.Evidence, "rarity of the matched words"),
        };
        var score = alignment.Score;
        var quality = name.Quality.Weight();
        score *= quality;
        features.Add(ScoreFeature.Worded("aliasQuality", quality, "{0}: {1}", name.Quality, name.Text));
        if (party.Schema == PartySchema.Person && NameComparison.FamilyNameUnmet(name.Text, query.Name, alignment.Pairs.Select(p => p.Candidate)))
        {
            score *= NameComparison.FamilyNameUnmetFactor;
            features.Add(ScoreFeature.Worded("familyName", NameComparison.FamilyNameUnmetFactor, "no word of the family name of {0}", name.Text));
        }
        if (query.Schema is { } schema && !PartySchemas.Compatible(schema, party.Schema))
        {
            score *= SchemaMismatchFactor;
            features.Add(ScoreFeature.Worded("schema", SchemaMismatchFactor, "query is a {0}, the listing a {1}", schema, party.Schema));
        }
        score += BirthYear(query, party, features);
        score += Country(query, party, features);
        score = Identifier(query, party, score, features);
        score = Math.Clamp(score, 0, 1);
        return new ScreeningMatch(party, name, Math.Round(score, 4), score >= threshold, features) { Pairs = alignment.Pairs };
    }

    private static double BirthYear(ScreeningQuery query, ListedParty party, List<ScoreFeature> features)
    {
        if (query.BirthYear is not { } year || party.BirthDates.Count == 0) return 0;
        var distance = party.BirthDates.Min(d => d.YearsFrom(year));
        var listed = string.Join(", ", party.BirthDates.Select(d => d.ToString()));
        var effect = distance == 0 ? 0.04 : distance <= 2 ? 0 : -0.15;
        features.Add(distance == 0
            ? ScoreFeature.Worded("birthYear", effect, "{0} fits {1}", year, listed)
            : ScoreFeature.Worded("birthYear", effect, "{0} is {1} years from {2}", year, distance, listed));
        return effect;
    }

    private static double Country(ScreeningQuery query, ListedParty party, List<ScoreFeature> features)
    {
        if (query.Countries.Count == 0 || party.CountryCodes.Count == 0) return 0;
        var shared = query.Countries.Intersect(party.CountryCodes).ToList();
        var effect = shared.Count > 0 ? 0.03 : -0.05;
        features.Add(shared.Count > 0
            ? ScoreFeature.Worded("country", effect, "shares {0}", string.Join(", ", shared))
            : ScoreFeature.Worded("country", effect, "{0} not among {1}", string.Join(", ", query.Countries), string.Join(", ", party.CountryCodes)));
        return effect;
    }

    private static double Identifier(ScreeningQuery query, ListedParty party, double score, List<ScoreFeature> features)
    {
        if (query.Identifiers.Count == 0 || party.Identifiers.Count == 0) return score;
        var hit = party.Identifiers.FirstOrDefault(i => query.Identifiers.Contains(i.Key));
        if (hit is null) return score;
        var raised = Math.Max(score, 0.97);
        features.Add(ScoreFeature.Worded("identifier", raised - score, "{0} {1} is the same number", hit.Type, hit.Number));
        return raised;
    }
}
