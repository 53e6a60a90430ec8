using Microsoft.AspNetCore.Http.HttpResults;
using Remnant.Data.Search;
using Remnant.Data.Storage;
using Remnant.Domain.Search;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Search;

/// <summary>One search box over serials, lots, markings and box markings.</summary>
internal static class SearchApi
{
    public const int MaxLimit = 100;

    public static void MapSearchApi(this RouteGroupBuilder api) =>
        api.MapGet("/search", Search).WithTags("Search").WithSummary("Exact, partial or fuzzy (OCR-aware) search, ranked with reasons.");

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> Search(RemnantDbContext db, SearchCatalog catalog,
        string? q, string? mode, int? limit, CancellationToken ct)
    {
        var outcome = await RunAsync(db, catalog, q, mode, limit, ct);
        return outcome switch
        {
            { Error: { } field } => ApiProblems.Invalid(field.Field, field.Message),
            { Response: null } => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search index is still loading."),
            _ => TypedResults.Ok(outcome.Response),
        };
    }

    /// <summary>Validates and runs a search; shared by the API, the page and tests.</summary>
    internal static async Task<(SearchResponse? Response, (string Field, string Message)? Error)> RunAsync(RemnantDbContext db, SearchCatalog catalog,
        string? q, string? mode, int? limit, CancellationToken ct)
    {
        if (!TryMode(mode, out var parsed)) return (null, ("mode", "Must be exact, partial or fuzzy."));
        if (limit is < 1 or > MaxLimit) return (null, ("limit", $"Must be between 1 and {MaxLimit}."));
        var (query, error) = SearchQuery.Parse(q, parsed);
        if (query is null) return (null, ("q", error!));
        try
        {
            await catalog.Ready.WaitAsync(TimeSpan.FromSeconds(30), ct);
        }
        catch (TimeoutException)
        {
            return (null, null);
        }
        var result = catalog.Index.Search(query, limit ?? 20);
        var items = await ItemSummaryDto.LoadAsync(db, result.Hits.Select(h => h.ItemId), ct);
        var hits = result.Hits.Where(h => items.ContainsKey(h.ItemId))
            .Select(h => new SearchHitDto(items[h.ItemId], h.Field, h.Text, h.Score, h.Reason)).ToList();
        return (new SearchResponse(q!, parsed, result.FoldedQuery, result.TotalMatches, result.TotalIsExact, hits), null);
    }

    private static bool TryMode(string? mode, out SearchMode parsed)
    {
        parsed = SearchMode.Partial;
        if (string.IsNullOrEmpty(mode)) return true;
        return mode.ToLowerInvariant() switch
        {
            "exact" => (parsed = SearchMode.Exact) == SearchMode.Exact,
            "partial" => true,
            "fuzzy" => (parsed = SearchMode.Fuzzy) == SearchMode.Fuzzy,
            _ => false,
        };
    }
}

/// <summary>A ranked search answer.</summary>
internal sealed record SearchResponse(string Query, SearchMode Mode, string FoldKey, int Total, bool TotalIsExact, IReadOnlyList<SearchHitDto> Results);

/// <summary>One result: the item, which of its texts matched, and why.</summary>
internal sealed record SearchHitDto(ItemSummaryDto Item, SearchField Field, string Text, double Score, string Reason);
