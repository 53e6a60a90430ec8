namespace Remnant.Domain.Search;

/// <summary>
/// The answer to a query: either a validation error naming what is wrong with the query
/// (the API maps it to 400), or ranked hits, at most one per item.
/// </summary>
public sealed record SearchResult
{
    private SearchResult(string? error, SearchMode mode, string folded, IReadOnlyList<SearchHit> hits, int total, bool exact)
    {
        TotalIsExact = exact;
        Error = error;
        Mode = mode;
        FoldedQuery = folded;
        Hits = hits;
        TotalMatches = total;
    }

    /// <summary>Why the query was refused; null when it was run.</summary>
    public string? Error { get; }

    /// <summary>True when the query was run (even with no hits).</summary>
    public bool IsValid => Error is null;

    /// <summary>The mode the query ran in.</summary>
    public SearchMode Mode { get; }

    /// <summary>The query's fold key.</summary>
    public string FoldedQuery { get; }

    /// <summary>Best first, at most one per item, at most the limit asked for.</summary>
    public IReadOnlyList<SearchHit> Hits { get; }

    /// <summary>Matching entries in the whole index (may exceed the hits returned).</summary>
    public int TotalMatches { get; }

    /// <summary>
    /// False when the search skipped candidates that could not reach the hits returned (very
    /// common fragments): <see cref="TotalMatches"/> is then a lower bound.
    /// </summary>
    public bool TotalIsExact { get; }

    /// <summary>A refused query.</summary>
    public static SearchResult Invalid(string error, SearchMode mode) => new(error, mode, "", [], 0, true);

    /// <summary>A query that ran.</summary>
    public static SearchResult Found(SearchMode mode, string folded, IReadOnlyList<SearchHit> hits, int total, bool totalIsExact = true) =>
        new(null, mode, folded, hits, total, totalIsExact);
}
