using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary>Pairwise accuracy of one matcher on the labelled set at one threshold.</summary>
internal sealed record Accuracy(int TruePositives, int FalsePositives, int Positives, int NonListedHit, int NonListed, int SimilarHit, int Similar)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Positives == 0 ? 0 : (double)TruePositives / Positives;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double NonListedRate => NonListed == 0 ? 0 : (double)NonListedHit / NonListed;
    public double SimilarRate => Similar == 0 ? 0 : (double)SimilarHit / Similar;
}

/// <summary>What a matcher returned for one labelled query: (list, stable id, score) per party found.</summary>
internal sealed record Returned(LabelledQuery Query, IReadOnlyList<(ListSource List, string Id, double Score)> Hits);

internal static class Evaluation
{
    /// <summary>Scores the returned hits at a threshold: a positive query's expected party counts as
    /// a true positive, any other party above the threshold as a false positive.</summary>
    public static Accuracy At(IEnumerable<Returned> returned, double threshold)
    {
        int tp = 0, fp = 0, pos = 0, nonHit = 0, non = 0, simHit = 0, sim = 0;
        foreach (var r in returned)
        {
            var hits = r.Hits.Where(h => h.Score >= threshold).ToList();
            switch (r.Query.Kind)
            {
                case QueryKind.Positive:
                    pos++;
                    var found = hits.Any(h => h.List == r.Query.List && h.Id == r.Query.ExpectedId);
                    if (found) tp++;
                    fp += hits.Count - (found ? 1 : 0);
                    break;
                case QueryKind.SimilarListed:
                    sim++;
                    fp += hits.Count;
                    if (hits.Count > 0) simHit++;
                    break;
                default:
                    non++;
                    fp += hits.Count;
                    if (hits.Count > 0) nonHit++;
                    break;
            }
        }
        return new Accuracy(tp, fp, pos, nonHit, non, simHit, sim);
    }

    /// <summary>The filter that hides the query's own alias or party and keeps its list.</summary>
    public static Func<ListedParty, PartyName, bool>? FilterFor(LabelledQuery q) => q.Kind switch
    {
        QueryKind.Positive => (p, n) => p.Source == q.List && !(p.StableId == q.ExpectedId && n.Text == q.HiddenName),
        QueryKind.SimilarListed => (p, _) => p.Source == q.List && p.StableId != q.HiddenParty,
        _ => null,
    };

    /// <summary>Runs the Remnant matcher over the set.</summary>
    public static List<Returned> RunRemnant(ScreeningIndex index, IEnumerable<LabelledQuery> set)
    {
        var result = new List<Returned>();
        foreach (var q in set)
        {
            var parse = ScreeningQuery.Parse(q.Text, q.Schema);
            if (!parse.Succeeded) { result.Add(new Returned(q, [])); continue; }
            var screened = index.Screen(parse.Query!, new ScreeningOptions { Filter = FilterFor(q), ReportFloor = 0.3, Limit = 10 });
            result.Add(new Returned(q, screened.Matches.Select(m => (m.Party.Source, m.Party.StableId, m.Score)).ToList()));
        }
        return result;
    }
}
