namespace Remnant.Domain.Search;

/// <summary>How a query matches index entries. Fold keys make look-alikes equal in every mode.</summary>
public enum SearchMode
{
    /// <summary>The whole fold key equals the query's.</summary>
    Exact,
    /// <summary>The fold key contains the query's (any fragment of two or more characters).</summary>
    Partial,
    /// <summary>OCR confusions cheap, letters between digits ignored, one or two real edits by length.</summary>
    Fuzzy,
}
