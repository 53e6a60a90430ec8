using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Linkage;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;
using Remnant.Web.Features.Search;

namespace Remnant.Web.Features.Links;

/// <summary>Links between items of different recoveries, computed on every write, with analysts' decisions.</summary>
internal static class LinksApi
{
    public static void MapLinksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/items/{id}/related", Related).WithTags("Links");
        var group = api.MapGroup("/links").WithTags("Links");
        group.MapGet("/", List);
        group.MapPost("/{id}/confirm", (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, string id, DecisionRequest? body, CancellationToken ct) =>
            Decide(db, clock, options.Value.Operator, id, LinkDecision.Confirmed, body?.Note, ct));
        group.MapPost("/{id}/dismiss", (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, string id, DecisionRequest? body, CancellationToken ct) =>
            Decide(db, clock, options.Value.Operator, id, LinkDecision.Dismissed, body?.Note, ct));
    }

    private static async Task<Results<Ok<List<RelatedDto>>, ProblemHttpResult, ValidationProblem>> Related(RemnantDbContext db, string id,
        bool? includeInactive, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        if (!await db.Items.AnyAsync(i => i.Id == id, ct)) return ApiProblems.NotFound("Item", id);
        return TypedResults.Ok(await RelatedAsync(db, id, includeInactive == true, ct));
    }

    /// <summary>The item's links, confirmed first, then open, then dismissed; shared with the item panel.</summary>
    internal static async Task<List<RelatedDto>> RelatedAsync(RemnantDbContext db, string id, bool includeInactive, CancellationToken ct)
    {
        var links = await db.ItemLinks.AsNoTracking().Where(l => (l.FirstItemId == id || l.SecondItemId == id) && (includeInactive || l.Active))
            .ToListAsync(ct);
        var items = await ItemSummaryDto.LoadAsync(db, links.Select(l => l.FirstItemId == id ? l.SecondItemId : l.FirstItemId), ct);
        return links.Where(l => items.ContainsKey(l.FirstItemId == id ? l.SecondItemId : l.FirstItemId))
            .OrderBy(l => l.Decision switch { LinkDecision.Confirmed => 0, LinkDecision.Open => 1, _ => 2 })
            .ThenBy(l => l.Kind).ThenBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => RelatedDto.From(l, items[l.FirstItemId == id ? l.SecondItemId : l.FirstItemId])).ToList();
    }

    private static async Task<Results<Ok<PageOf<LinkDto>>, ValidationProblem>> List(RemnantDbContext db, string? decision, string? kind,
        bool? includeInactive, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        LinkDecision? wantedDecision = null;
        LinkKind? wantedKind = null;
        if (decision is not null)
        {
            if (Enum.TryParse<LinkDecision>(decision, ignoreCase: true, out var d)) wantedDecision = d;
            else errors.Add("decision", "Must be open, confirmed or dismissed.");
        }
        if (kind is not null)
        {
            if (Enum.TryParse<LinkKind>(kind.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var k)) wantedKind = k;
            else errors.Add("kind", "Must be same-maker-and-lot, serial-sequence, same-component-batch, same-box-marking or same-photo.");
        }
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.ItemLinks.AsNoTracking().Where(l => includeInactive == true || l.Active);
        if (wantedDecision is { } wd) query = query.Where(l => l.Decision == wd);
        if (wantedKind is { } wk) query = query.Where(l => l.Kind == wk);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(l => l.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var items = await ItemSummaryDto.LoadAsync(db, rows.SelectMany(l => new[] { l.FirstItemId, l.SecondItemId }), ct);
        var dtos = rows.Where(l => items.ContainsKey(l.FirstItemId) && items.ContainsKey(l.SecondItemId))
            .Select(l => LinkDto.From(l, items[l.FirstItemId], items[l.SecondItemId])).ToList();
        return TypedResults.Ok(new PageOf<LinkDto>(dtos, paging.Page, paging.PageSize, total));
    }

    /// <summary>Records a decision; shared with the links page's forms.</summary>
    internal static async Task<Results<Ok<LinkDto>, ProblemHttpResult, ValidationProblem>> Decide(RemnantDbContext db, TimeProvider clock, string actor,
        string id, LinkDecision decision, string? note, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var link = await db.ItemLinks.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (link is null) return ApiProblems.NotFound("Link", id);
        var errors = link.Decide(decision, note, actor, clock.GetUtcNow());
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        var items = await ItemSummaryDto.LoadAsync(db, [link.FirstItemId, link.SecondItemId], ct);
        if (!items.ContainsKey(link.FirstItemId) || !items.ContainsKey(link.SecondItemId)) return ApiProblems.NotFound("Link", id);
        return TypedResults.Ok(LinkDto.From(link, items[link.FirstItemId], items[link.SecondItemId]));
    }
}
