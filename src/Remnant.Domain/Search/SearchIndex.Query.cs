using Remnant.Domain.Text;

namespace Remnant.Domain.Search;

public sealed partial class SearchIndex
{
    /// <summary>Largest number of hits a query may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Validates and runs a query; a bad query gives a result with <see cref="SearchResult.Error"/> set.</summary>
    public SearchResult Search(string? text, SearchMode mode, int limit = 20)
    {
        var (query, error) = SearchQuery.Parse(text, mode);
        return query is null ? SearchResult.Invalid(error!, mode) : Search(query, limit);
    }

    /// <summary>Runs a validated query: at most <paramref name="limit"/> hits, one per item, best first.</summary>
    public SearchResult Search(SearchQuery query, int limit = 20)
    {
        if (limit < 1 || limit > MaxLimit) return SearchResult.Invalid($"limit must be between 1 and {MaxLimit}", query.Mode);
        _lock.EnterReadLock();
        try
        {
            var state = _state;
            // Several entries of one item may match; keep enough to fill the limit with distinct items.
            for (var capacity = limit * 3 + 8; ; capacity *= 4)
            {
                var top = new TopHits(capacity);
                Collect(state, query, top);
                var hits = Materialise(state, query, top.Best(), limit);
                if (hits.Count == limit || (!top.Pruned && top.Total <= capacity))
                {
                    return SearchResult.Found(query.Mode, query.Folded, hits, top.Total, !top.Pruned);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static void Collect(IndexState state, SearchQuery query, TopHits top)
    {
        switch (query.Mode)
        {
            case SearchMode.Exact: state.FindContaining(query.Folded, exact: true, top); break;
            case SearchMode.Partial: state.FindContaining(query.Folded, exact: false, top); break;
            default: state.FindFuzzy(query.Folded, top); break;
        }
    }

    private static List<SearchHit> Materialise(IndexState state, SearchQuery query, List<(int Entry, double Score)> best, int limit)
    {
        var hits = new List<SearchHit>(limit);
        var items = new HashSet<int>();
        foreach (var (entry, score) in best)
        {
            if (!items.Add(state.ItemOf(entry))) continue;
            var raw = state.Raw(entry);
            var field = state.Field(entry);
            var reason = Reason(state, query, entry, raw, field.Describe());
            hits.Add(new SearchHit(state.ItemId(state.ItemOf(entry)), field, raw, Math.Round(score, 4), reason));
            if (hits.Count == limit) break;
        }
        return hits;
    }

    private static string Reason(IndexState state, SearchQuery query, int entry, string raw, string field)
    {
        var key = state.Fold(entry);
        switch (query.Mode)
        {
            case SearchMode.Exact:
                return $"exact: {field} '{raw}' has the same fold key '{query.Folded}'";
            case SearchMode.Partial:
                if (key.Length == query.Folded.Length) return $"partial: whole {field} '{raw}'";
                return key.StartsWith(query.Folded, StringComparison.Ordinal)
                    ? $"partial: {field} '{raw}' starts with '{query.Folded}'"
                    : $"partial: contains '{query.Folded}' in {field} '{raw}'";
            default:
                var comparison = OcrConfusions.Compare(query.Folded, key, IndexState.RankingEdits);
                return comparison.Steps.Count == 0
                    ? $"fuzzy: {field} '{raw}' is identical once folded"
                    : $"fuzzy: {comparison.Describe()} in {field} '{raw}'";
        }
    }
}
