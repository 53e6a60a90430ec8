using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Transfers;

/// <summary>An item's chain and its point of diversion.</summary>
internal static class ChainApi
{
    public static void MapChainApi(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/items").WithTags("Transfers");
        items.MapGet("/{id}/chain", Get).WithSummary("The item's transfers in time order from the maker to the recovery, with the point of diversion.");
        items.MapPut("/{id}/diversion", Mark).WithSummary("Marks (or re-marks) the point of diversion: last legal holder, first illicit holder, date and place. Earlier marks stay in the history.");
        api.MapGroup("/diversions").WithTags("Transfers")
            .MapRetract<DiversionPoint, ChainDto>("Diversion point", async (db, d, ct) => ChainDto.From((await ChainQuery.LoadAsync(db, d.ItemId, ct))!));
    }

    private static async Task<Results<Ok<ChainDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var view = await ChainQuery.LoadAsync(db, id, ct);
        return view is null ? ApiProblems.NotFound("Item", id) : TypedResults.Ok(ChainDto.From(view));
    }

    private static async Task<Results<Ok<ChainDto>, ProblemHttpResult, ValidationProblem>> Mark(RemnantDbContext db, TimeProvider clock,
        IOptions<RemnantOptions> options, string id, DiversionRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var errors = await MarkAsync(db, clock, options.Value.Operator, id, request.ToFields(), ct);
        if (errors is null) return ApiProblems.NotFound("Item", id);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        return TypedResults.Ok(ChainDto.From((await ChainQuery.LoadAsync(db, id, ct))!));
    }

    /// <summary>Checks and saves a mark; null when the item does not exist. Shared with the page.</summary>
    internal static async Task<ValidationErrors?> MarkAsync(RemnantDbContext db, TimeProvider clock, string actor, string itemId,
        DiversionFields fields, CancellationToken ct)
    {
        var view = await ChainQuery.LoadAsync(db, itemId, ct);
        if (view is null) return null;
        var mark = await db.DiversionPoints.Where(d => d.ItemId == itemId && d.RetractedAt == null)
            .OrderByDescending(d => d.MarkedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        var isNew = mark is null;
        mark ??= new DiversionPoint { Id = Ids.New("div", clock), ItemId = itemId, LastLegalHolderId = string.Empty, MarkedBy = actor };
        var links = view.Chain.Steps.Select(s => s.Link).ToList();
        var errors = DiversionPoint.Apply(mark, fields, links, view.Item.RecoveredOn, TransfersApi.Today(clock));
        if (errors.IsValid && mark.FirstIllicitHolderId is { } first
            && !await db.Parties.AnyAsync(p => p.Id == first && p.RetractedAt == null, ct))
            errors.Add("firstIllicitHolderId", $"No standing party has the id '{first}'.");
        if (!errors.IsValid) return errors;
        mark.MarkedBy = actor;
        mark.MarkedAt = clock.GetUtcNow();
        if (isNew) db.DiversionPoints.Add(mark);
        await db.SaveChangesAsync(ct);
        return errors;
    }
}
