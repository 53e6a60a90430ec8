using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary><c>bench/run.sh screen-explain "NAME" [ID...]</c>: prints the hits for one name with their
/// explanations, and the names of the given parties; for reading why a labelled query scored as it did.</summary>
public sealed class ExplainArea : IBenchArea
{
    public string Name => "screen-explain";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        var lists = SharedLists.Load();
        var index = ScreeningIndex.Build(lists);
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
}
