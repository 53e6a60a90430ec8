using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

public sealed partial class ScreenArea
{
    /// <summary>The threshold the error file is written at: the default, or BENCH_DIAGNOSE_AT to read
    /// what lies just under it.</summary>
    private static double DiagnoseAt() =>
        double.TryParse(Environment.GetEnvironmentVariable("BENCH_DIAGNOSE_AT"), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : ScreeningOptions.DefaultThreshold;

    /// <summary>Writes misses and false positives to bench/out for reading (not to the results). A miss also gets, last,
    /// the best score of the hidden alias against the party's other names compared as a pair (as <c>match-names</c>
    /// scores them) and whether screening returned the party at all: a miss that scores as a pair but was not returned
    /// is the candidate cut's, not the scoring's.</summary>
    private static void Diagnose(List<Returned> returned, double threshold, IReadOnlyList<ListSnapshot> lists)
    {
        Directory.CreateDirectory("bench/out");
        var parties = lists.SelectMany(l => l.Parties).ToLookup(p => (p.Source, p.StableId));
        using var w = new StreamWriter("bench/out/screen-errors.tsv");
        foreach (var r in returned)
        {
            var hits = r.Hits.Where(h => h.Score >= threshold).ToList();
            if (r.Query.Kind == QueryKind.Positive && !hits.Any(h => h.Id == r.Query.ExpectedId))
            {
                var pair = parties[(r.Query.List!.Value, r.Query.ExpectedId!)].SelectMany(p => p.Names).Where(n => n.Text != r.Query.HiddenName)
                    .Select(n => NameComparison.Compare(r.Query.Text, n.Text, r.Query.Schema).Score).DefaultIfEmpty(0).Max();
                var returnedIt = r.Hits.Any(h => h.Id == r.Query.ExpectedId) ? "returned" : "not-returned";
                w.WriteLine($"MISS\t{r.Query.Culture}\t{r.Query.Text}\t{r.Query.ExpectedId}\t{string.Join(" | ", r.Hits.Take(3).Select(h => $"{h.Id}:{h.Score:0.00}"))}\t{pair:0.00}\t{returnedIt}");
            }
            foreach (var h in hits.Where(h => h.Id != r.Query.ExpectedId))
                w.WriteLine($"FP-{r.Query.Kind}\t{r.Query.Culture}\t{r.Query.Text}\t{h.List}:{h.Id}\t{h.Score:0.00}");
        }
    }
}
