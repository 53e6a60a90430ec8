using System.Globalization;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary><c>taskset -c 0 bench/run.sh [--quick] screen-pairs</c>: the pairwise labelled set, scored
/// one pair at a time as <c>remnant match-names</c> scores it, with Jaro-Winkler side by side. Misses and
/// false positives go to <c>bench/out/pair-errors.tsv</c>.</summary>
public sealed class PairSetArea : IBenchArea
{
    public string Name => "screen-pairs";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        var lists = SharedLists.Load();
        var nonListed = LabelledSet.Build(lists, 1500, 1000, 10_000, out _).Where(q => q.Kind == QueryKind.NonListed).ToList();
        var pairs = PairSet.Build(lists, nonListed, quick ? 0.5 : 1.0);
        Console.WriteLine($"Pair set {PairSet.Fingerprint(pairs)}: {pairs.Count} pairs, {pairs.Count(p => p.Same)} positive, {pairs.Count(p => !p.Same)} negative.\n");

        var remnant = pairs.Select(Remnant).ToArray();
        var jw = new F23.StringSimilarity.JaroWinkler();
        var baseline = pairs.Select(p => jw.Similarity(Baselines.Normalize(p.Query), Baselines.Normalize(p.Candidate))).ToArray();

        var t = NameComparison.DefaultThreshold;
        var bestR = Best(pairs, remnant);
        var bestJ = Best(pairs, baseline);
        Console.WriteLine("| matcher | threshold | precision | recall | F1 |\n|---|---|---|---|---|");
        Row("Remnant (match-names)", $"{t:0.00} (default)", At(pairs, remnant, t));
        Row("Remnant (match-names)", $"{bestR:0.00} (best)", At(pairs, remnant, bestR));
        var oneR = OnePercent(pairs, remnant);
        var oneJ = OnePercent(pairs, baseline);
        Row("Remnant (match-names)", $"{oneR:0.00} (1% non-listed FP)", At(pairs, remnant, oneR));
        Row("Jaro-Winkler (F23.StringSimilarity)", $"{bestJ:0.00} (best)", At(pairs, baseline, bestJ));
        Row("Jaro-Winkler (F23.StringSimilarity)", $"{oneJ:0.00} (1% non-listed FP)", At(pairs, baseline, oneJ));

        Console.WriteLine("\nRemnant by threshold (non-listed FP: share of the neg-non-listed pairs called a match):\n");
        Console.WriteLine("| threshold | precision | recall | F1 | non-listed FP |\n|---|---|---|---|---|");
        var nonListedPairs = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Category == "neg-non-listed").ToArray();
        foreach (var th in Enumerable.Range(70, 16).Select(i => i / 100.0))
        {
            var (p, r, f1) = At(pairs, remnant, th);
            var rate = nonListedPairs.Count(i => remnant[i] >= th) / (double)nonListedPairs.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {th:0.00}{(Math.Abs(th - t) < 0.001 ? " (default)" : "")} | {p:0.000} | {r:0.000} | {f1:0.000} | {rate:P2} |"));
        }

        Console.WriteLine($"\nPer category: share of pairs called a match (recall for positive categories, false-positive rate for negative ones).\n");
        Console.WriteLine($"| category | pairs | Remnant at {t:0.00} | Remnant at {bestR:0.00} | JW at {bestJ:0.00} |\n|---|---|---|---|---|");
        foreach (var g in pairs.Select((p, i) => (p, i)).GroupBy(x => x.p.Category).OrderBy(g => !g.First().p.Same).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            double Share(double[] s, double th) => g.Count(x => s[x.i] >= th) / (double)g.Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {g.Key} ({(g.First().p.Same ? "+" : "-")}) | {g.Count()} | {Share(remnant, t):P1} | {Share(remnant, bestR):P1} | {Share(baseline, bestJ):P1} |"));
        }

        Directory.CreateDirectory("bench/out");
        using var w = new StreamWriter("bench/out/pair-errors.tsv");
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            if (p.Same != remnant[i] >= t)
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(p.Same ? "MISS" : "FP")}\t{p.Category}\t{remnant[i]:0.000}\t{p.Query}\t{p.Candidate}"));
        }
        return Task.FromResult(0);
    }

    /// <summary>Exactly what <c>remnant match-names</c> prints as the score.</summary>
    private static double Remnant(LabelledPair p) =>
        ScreeningQuery.Parse(p.Query).Succeeded && ScreeningQuery.Parse(p.Candidate).Succeeded ? Math.Round(NameComparison.Compare(p.Query, p.Candidate).Score, 4) : 0;

    /// <summary>The lowest threshold at which at most 1% of the non-listed pairs match.</summary>
    private static double OnePercent(IReadOnlyList<LabelledPair> pairs, double[] scores)
    {
        var non = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Category == "neg-non-listed").Select(i => scores[i]).ToArray();
        return Enumerable.Range(10, 90).Select(i => i / 100.0).First(th => non.Count(s => s >= th) <= non.Length / 100.0);
    }

    private static double Best(IReadOnlyList<LabelledPair> pairs, double[] scores) =>
        Enumerable.Range(10, 90).Select(i => i / 100.0).MaxBy(th => At(pairs, scores, th).F1);

    private static (double P, double R, double F1) At(IReadOnlyList<LabelledPair> pairs, double[] scores, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var match = scores[i] >= threshold;
            if (match && pairs[i].Same) tp++;
            else if (match) fp++;
            else if (pairs[i].Same) fn++;
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void Row(string matcher, string threshold, (double P, double R, double F1) a) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {matcher} | {threshold} | {a.P:0.000} | {a.R:0.000} | {a.F1:0.000} |"));
}
