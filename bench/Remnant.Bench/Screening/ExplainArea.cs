using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary><c>bench/run.sh screen-explain "NAME" [ID...]</c>: prints the hits for one name with their
/// explanations, and the names of the given parties; for reading why a labelled query scored as it did.
/// <c>screen-explain @FILE</c>: screens each line of a tab-separated file (a header, then query and the listed name
/// it should find) and prints, per line, whether a party bearing that name is a match at the default threshold,
/// then the share found: for probing the matcher with variants made outside it.</summary>
public sealed class ExplainArea : IBenchArea
{
    public string Name => "screen-explain";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        var lists = SharedLists.Load();
        var index = ScreeningIndex.Build(lists);
        if (args[0].StartsWith('@')) return Task.FromResult(Probe(index, args[0][1..]));
        var parse = ScreeningQuery.Parse(args[0]);
        if (!parse.Succeeded) { Console.WriteLine($"{parse.Field} {parse.Reason}"); return Task.FromResult(1); }
        foreach (var form in parse.Query!.Forms)
            Console.WriteLine("form: " + string.Join(" ", form.Select(t => $"{t.Text}[{t.Key}/{t.Skeleton}/{t.Kind}/{index.WeightOf(t):0.0}]")));
        var hidden = args.Length > 2 ? args[2] : null;
        var result = index.Screen(parse.Query, new ScreeningOptions { ReportFloor = 0.2, Limit = 8, Filter = hidden is null ? null : (p, n) => !(p.StableId == args[1] && n.Text == hidden) });
        foreach (var m in result.Matches) Console.WriteLine($"{m.Score:0.000} {m.Party.Source}:{m.Party.StableId} {m.MatchedName.Text} :: {m.Explanation}");
        foreach (var id in args.Skip(1).Take(1))
            foreach (var p in index.Parties.Where(p => p.StableId == id))
                Console.WriteLine($"{p.Source}:{id}: " + string.Join(" | ", p.Names.Select(n => $"{n.Text} ({n.Quality})")));
        return Task.FromResult(0);
    }

    private static int Probe(ScreeningIndex index, string path)
    {
        int found = 0, total = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 2) continue;
            var parse = ScreeningQuery.Parse(cells[0]);
            if (!parse.Succeeded) continue;
            total++;
            var result = index.Screen(parse.Query!, new ScreeningOptions { Limit = 5 });
            var hit = result.Matches.FirstOrDefault(m => m.IsMatch && m.Party.Names.Any(n => string.Equals(n.Text, cells[1], StringComparison.OrdinalIgnoreCase)));
            if (hit is not null) found++;
            var top = result.Matches.FirstOrDefault();
            Console.WriteLine($"{(hit is not null ? "FOUND" : "MISS")}\t{cells[0]}\t{cells[1]}\t{(hit ?? top)?.Score:0.000}\t{(hit ?? top)?.MatchedName.Text}");
        }
        Console.WriteLine($"found {found} of {total} ({100.0 * found / Math.Max(1, total):0.0} %) at the default threshold {ScreeningOptions.DefaultThreshold}");
        return 0;
    }
}
