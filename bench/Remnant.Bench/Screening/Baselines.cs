using F23.StringSimilarity;
using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>The peers measured on the same queries: a Jaro-Winkler full scan over every name (the
/// approach of moov Watchman) and PostgreSQL pg_trgm similarity.</summary>
internal static class Baselines
{
    /// <summary>Lower case, punctuation to spaces, runs of spaces collapsed: Watchman-style normalisation.</summary>
    public static string Normalize(string name) =>
        PartyName.Collapse(new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()));

    /// <summary>Scores every name of every party for every query (no index), best name per party.</summary>
    public static List<Returned> JaroWinklerScan(IReadOnlyList<ListSnapshot> lists, IEnumerable<LabelledQuery> set)
    {
        var jw = new JaroWinkler();
        var names = lists.SelectMany(l => l.Parties).SelectMany(p => p.Names.Select(n => (Party: p, Name: n, Norm: Normalize(n.Text)))).ToArray();
        var result = new List<Returned>();
        foreach (var q in set)
        {
            var filter = Evaluation.FilterFor(q);
            var query = Normalize(q.Text);
            var best = new Dictionary<(ListSource, string), double>();
            foreach (var (party, name, norm) in names)
            {
                if (filter is not null && !filter(party, name)) continue;
                var score = jw.Similarity(query, norm);
                var key = (party.Source, party.StableId);
                if (score > best.GetValueOrDefault(key)) best[key] = score;
            }
            result.Add(new Returned(q, best.Where(b => b.Value >= 0.5).OrderByDescending(b => b.Value).Take(10)
                .Select(b => (b.Key.Item1, b.Key.Item2, b.Value)).ToList()));
        }
        return result;
    }
}
