using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Custody;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Custody;

internal sealed record CustodyDto(string Id, string? ItemId, string? EvidenceFileId, string? FromHolder, string ToHolder, DateTimeOffset OccurredAt,
    string? Place, string? Purpose, DateTimeOffset RecordedAt, string? RecordedBy, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static CustodyDto From(CustodyEvent c) => new(c.Id, c.ItemId, c.EvidenceFileId, c.FromHolder, c.ToHolder, c.OccurredAt, c.Place,
        c.Purpose, c.RecordedAt, c.RecordedBy, c.RetractedAt, c.RetractedBy, c.RetractionReason);
}

internal sealed record CustodyRequest(string? ItemId, string? EvidenceFileId, string? FromHolder, string? ToHolder, DateTimeOffset? OccurredAt,
    string? Place, string? Purpose);

internal static class CustodyApi
{
    public static void MapCustodyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/custody").WithTags("Custody");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapRetract<CustodyEvent, CustodyDto>("Custody event", CustodyDto.From);
    }

    private static async Task<Results<Ok<PageOf<CustodyDto>>, ValidationProblem>> List(RemnantDbContext db, string? itemId, string? evidenceFileId,
        bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        if (itemId is not null && !Ids.IsValid(itemId)) errors.Add("itemId", "Not a valid id.");
        if (evidenceFileId is not null && !Ids.IsValid(evidenceFileId)) errors.Add("evidenceFileId", "Not a valid id.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.CustodyEvents.AsNoTracking();
        if (includeRetracted != true) query = query.Where(c => c.RetractedAt == null);
        if (itemId is not null) query = query.Where(c => c.ItemId == itemId);
        if (evidenceFileId is not null) query = query.Where(c => c.EvidenceFileId == evidenceFileId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.OccurredAt).ThenBy(c => c.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<CustodyDto>(rows.Select(CustodyDto.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<CustodyDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.CustodyEvents.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? ApiProblems.NotFound("Custody event", id) : TypedResults.Ok(CustodyDto.From(found));
    }

    private static async Task<Results<Created<CustodyDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock,
        IOptions<RemnantOptions> options, CustodyRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var custody = new CustodyEvent { Id = Ids.New("cust", clock), ToHolder = string.Empty, RecordedAt = now, RecordedBy = options.Value.Operator };
        var errors = await ApplyAsync(db, custody, request, now, ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        db.CustodyEvents.Add(custody);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/custody/{custody.Id}", CustodyDto.From(custody));
    }

    private static async Task<Results<Ok<CustodyDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, TimeProvider clock,
        string id, CustodyRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var custody = await db.CustodyEvents.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (custody is null) return ApiProblems.NotFound("Custody event", id);
        var errors = await ApplyAsync(db, custody, request, clock.GetUtcNow(), ct);
        if (custody.RetractedAt is not null) errors.Add("id", "A retracted custody event cannot be changed.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CustodyDto.From(custody));
    }

    private static async Task<ValidationErrors> ApplyAsync(RemnantDbContext db, CustodyEvent custody, CustodyRequest r, DateTimeOffset now, CancellationToken ct)
    {
        var errors = CustodyEvent.Apply(custody, r.ItemId, r.EvidenceFileId, r.FromHolder, r.ToHolder, r.OccurredAt, r.Place, r.Purpose, now);
        if (Ids.IsValid(r.ItemId) && !await db.Items.AnyAsync(i => i.Id == r.ItemId, ct)) errors.Add("itemId", $"No item has the id '{r.ItemId}'.");
        if (Ids.IsValid(r.EvidenceFileId) && !await db.EvidenceFiles.AnyAsync(f => f.Id == r.EvidenceFileId, ct))
            errors.Add("evidenceFileId", $"No evidence file has the id '{r.EvidenceFileId}'.");
        return errors;
    }
}
