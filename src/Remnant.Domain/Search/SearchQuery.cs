using System.Text.RegularExpressions;
using Remnant.Domain.Text;

namespace Remnant.Domain.Search;

/// <summary>
/// A validated query. Refuses, with a reason, what would be useless or abusive: empty or
/// one-character queries, more than <see cref="MaxLength"/> characters, wildcards (partial
/// mode already finds any fragment) and SQL-looking text.
/// </summary>
public sealed partial record SearchQuery
{
    /// <summary>Longest query accepted, in characters as typed.</summary>
    public const int MaxLength = 256;

    private SearchQuery(string text, string folded, SearchMode mode)
    {
        Text = text;
        Folded = folded;
        Mode = mode;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>Its fold key, at least two characters long.</summary>
    public string Folded { get; }

    /// <summary>The mode to run it in.</summary>
    public SearchMode Mode { get; }

    /// <summary>Validates <paramref name="text"/>; returns the query or the reason it was refused.</summary>
    public static (SearchQuery? Query, string? Error) Parse(string? text, SearchMode mode)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, "q is empty: type at least 2 characters of a serial, lot or marking");
        if (text.Length > MaxLength) return (null, $"q is too long: at most {MaxLength} characters");
        if (!Enum.IsDefined(mode)) return (null, "mode must be exact, partial or fuzzy");
        if (Wildcards().IsMatch(text)) return (null, "q holds wildcards (*, %, ?): not needed, partial mode finds any fragment");
        if (SqlLooking().IsMatch(text)) return (null, "q looks like SQL, not a serial, lot or marking");
        var folded = FoldKey.Fold(text);
        if (folded.Length < 2) return (null, "q is too short: at least 2 letters or digits are needed");
        return (new SearchQuery(text, folded, mode), null);
    }

    [GeneratedRegex(@"[*%?]")]
    private static partial Regex Wildcards();

    [GeneratedRegex(@"--|/\*|\*/|;\s*\w|'\s*(or|and)\b|\b(union\s+(all\s+)?select|select\s.+\sfrom|drop\s+(table|database)|insert\s+into|delete\s+from|update\s+\w+\s+set|exec(ute)?\s*\()", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SqlLooking();
}
