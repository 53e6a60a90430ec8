using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Transfers;

internal static class TransfersApi
{
    public static void MapTransfersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/transfers").WithTags("Transfers");
        group.MapGet("/", List).WithSummary("Transfers, filtered by a party in them, an item they name or the trace request that reported them.");
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create).WithSummary("Records a transfer. A transfer that would make a loop in an item's chain, runs backwards in time, ends before it starts or names an unknown item is refused with the field named; nothing is saved.");
        group.MapPut("/{id}", Update);
        group.MapRetract<Transfer, TransferDto>("Transfer", async (db, t, ct) => TransferDto.Of(t, await ChainQuery.PartiesAsync(db, [t.FromPartyId, t.ToPartyId], ct)));
        api.MapChainApi();
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static async Task<Results<Ok<PageOf<TransferDto>>, ValidationProblem>> List(RemnantDbContext db, string? partyId, string? itemId,
        string? traceRequestId, bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        foreach (var (name, value) in new[] { ("partyId", partyId), ("itemId", itemId), ("traceRequestId", traceRequestId) })
            if (value is not null && !Ids.IsValid(value)) errors.Add(name, "Not a valid id.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.Transfers.AsNoTracking();
        if (includeRetracted != true) query = query.Where(t => t.RetractedAt == null);
        if (partyId is not null) query = query.Where(t => t.FromPartyId == partyId || t.ToPartyId == partyId);
        if (itemId is not null) query = query.Where(t => t.ItemIds.Contains(itemId));
        if (traceRequestId is not null) query = query.Where(t => t.TraceRequestId == traceRequestId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(t => t.StartDate).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var parties = await ChainQuery.PartiesAsync(db, rows.SelectMany(t => new[] { t.FromPartyId, t.ToPartyId }), ct);
        return TypedResults.Ok(new PageOf<TransferDto>(rows.Select(t => TransferDto.Of(t, parties)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<TransferDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.Transfers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (found is null) return ApiProblems.NotFound("Transfer", id);
        return TypedResults.Ok(TransferDto.Of(found, await ChainQuery.PartiesAsync(db, [found.FromPartyId, found.ToPartyId], ct)));
    }

    private static async Task<Results<Created<TransferDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock,
        IOptions<RemnantOptions> options, TransferRequest request, CancellationToken ct)
    {
        var transfer = New(clock, options.Value.Operator);
        var errors = await TransferChecks.ApplyAsync(db, [new ProposedTransfer(transfer, request.ToFields())], Today(clock), ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        db.Transfers.Add(transfer);
        await db.SaveChangesAsync(ct);
        var parties = await ChainQuery.PartiesAsync(db, [transfer.FromPartyId, transfer.ToPartyId], ct);
        return TypedResults.Created($"/api/v1/transfers/{transfer.Id}", TransferDto.Of(transfer, parties));
    }

    internal static Transfer New(TimeProvider clock, string actor) => new()
    {
        Id = Ids.New("tr", clock), FromPartyId = string.Empty, ToPartyId = string.Empty, CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
    };

    private static async Task<Results<Ok<TransferDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, TimeProvider clock,
        string id, TransferRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var transfer = await db.Transfers.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (transfer is null) return ApiProblems.NotFound("Transfer", id);
        if (transfer.RetractedAt is not null) return ApiProblems.Invalid("id", "This transfer was retracted; record a new one.");
        var errors = await TransferChecks.ApplyAsync(db, [new ProposedTransfer(transfer, request.ToFields())], Today(clock), ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TransferDto.Of(transfer, await ChainQuery.PartiesAsync(db, [transfer.FromPartyId, transfer.ToPartyId], ct)));
    }
}
