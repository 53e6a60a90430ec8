using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Remnant.Web.Features.Evidence;

/// <summary>What an upload did: how many files were added and which were refused and why. The
/// form endpoint redirects back to the page with this in the query string, and the page shows it.</summary>
public sealed record UploadOutcome(int Added, IReadOnlyList<(string Name, string Reason)> Refused)
{
    public const string TooLarge = "too-large", Unsupported = "unsupported", Empty = "empty", Failed = "failed";

    // Enough to say what went wrong without making the address unbounded.
    private const int MaxListed = 20, MaxNameLength = 120;

    /// <summary>Appends the outcome to <paramref name="path"/>.</summary>
    public string AppendTo(string path)
    {
        var query = new List<KeyValuePair<string, string?>> { new("added", Added.ToString(CultureInfo.InvariantCulture)) };
        foreach (var (name, reason) in Refused.Take(MaxListed))
            query.Add(new("refused", $"{reason}:{(name.Length > MaxNameLength ? name[..MaxNameLength] : name)}"));
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>Reads the outcome back; null when the address carries none.</summary>
    public static UploadOutcome? Parse(string? added, string[]? refused)
    {
        if (!int.TryParse(added, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return null;
        var list = (refused ?? []).Take(MaxListed)
            .Select(r => r.Split(':', 2))
            .Select(p => p.Length == 2 ? (Name: p[1], Reason: p[0]) : (Name: p[0], Reason: Failed))
            .ToList();
        return new UploadOutcome(count, list);
    }
}
