namespace Remnant.Bench.Screening;

/// <summary><c>bench/run.sh screen-set</c>: prints the labelled set's make-up and fingerprint, and writes
/// it to <c>bench/out/screen-set.tsv</c> so it can be read.</summary>
public sealed class LabelledSetArea : IBenchArea
{
    public string Name => "screen-set";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        var lists = SharedLists.Load();
        var set = LabelledSet.Build(lists, 1500, 1000, 10_000, out var unrelated);
        Console.WriteLine($"| part | queries |\n|---|---|");
        foreach (var g in set.GroupBy(q => (q.Kind, q.List, q.Culture)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Culture, StringComparer.Ordinal))
            Console.WriteLine($"| {g.Key.Kind} {g.Key.List} {g.Key.Culture} | {g.Count()} |");
        Console.WriteLine($"\nunrelated aliases left out of positives: {unrelated}; fingerprint {LabelledSet.Fingerprint(set)}");
        Directory.CreateDirectory("bench/out");
        File.WriteAllLines("bench/out/screen-set.tsv", set.Select(q => $"{q.Kind}\t{q.List}\t{q.Culture}\t{q.Schema}\t{q.Text}\t{q.ExpectedId}\t{q.HiddenParty}"));
        return Task.FromResult(0);
    }
}
