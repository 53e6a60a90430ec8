using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Markings;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Markings;

internal static class MarkingsApi
{
    public static void MapMarkingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/markings").WithTags("Markings");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapRetract<Marking, MarkingDto>("Marking", MarkingDto.From);
    }

    private static async Task<Results<Ok<PageOf<MarkingDto>>, ValidationProblem>> List(RemnantDbContext db, string? itemId, bool? includeRetracted,
        int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        if (itemId is not null && !Ids.IsValid(itemId)) errors.Add("itemId", "Not a valid id.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.Markings.AsNoTracking();
        if (includeRetracted != true) query = query.Where(m => m.RetractedAt == null);
        if (itemId is not null) query = query.Where(m => m.ItemId == itemId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(m => m.ItemId).ThenBy(m => m.CreatedAt).ThenBy(m => m.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<MarkingDto>(rows.Select(MarkingDto.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<MarkingDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.Markings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        return found is null ? ApiProblems.NotFound("Marking", id) : TypedResults.Ok(MarkingDto.From(found));
    }

    private static async Task<Results<Created<MarkingDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock,
        IOptions<RemnantOptions> options, MarkingRequest request, CancellationToken ct)
    {
        var fields = request.ToFields();
        var errors = Marking.Validate(fields);
        string? recoveryId = null;
        if (string.IsNullOrWhiteSpace(request.ItemId)) errors.Add("itemId", "Required: the item the marking is on.");
        else if (!Ids.IsValid(request.ItemId)) errors.Add("itemId", "Not a valid id.");
        else if ((recoveryId = await db.Items.Where(i => i.Id == request.ItemId).Select(i => i.RecoveryId).FirstOrDefaultAsync(ct)) is null)
            errors.Add("itemId", $"No item has the id '{request.ItemId}'.");
        await CheckEvidenceAsync(db, fields.EvidenceFileId, recoveryId, errors, ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var marking = Marking.Create(Ids.New("mark", clock), request.ItemId!, fields, options.Value.Operator, clock.GetUtcNow());
        db.Markings.Add(marking);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/markings/{marking.Id}", MarkingDto.From(marking));
    }

    private static async Task<Results<Ok<MarkingDto>, Created<MarkingDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db,
        TimeProvider clock, IOptions<RemnantOptions> options, string id, MarkingRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var marking = await db.Markings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (marking is null) return ApiProblems.NotFound("Marking", id);
        var fields = request.ToFields() with { Text = request.Text ?? marking.Text };
        var errors = Marking.Validate(fields);
        if (marking.RetractedAt is not null) errors.Add("id", "A retracted marking cannot be changed.");
        if (request.ItemId is not null && request.ItemId != marking.ItemId) errors.Add("itemId", "A marking stays on the item it was read on.");
        var recoveryId = await db.Items.Where(i => i.Id == marking.ItemId).Select(i => i.RecoveryId).FirstAsync(ct);
        await CheckEvidenceAsync(db, fields.EvidenceFileId, recoveryId, errors, ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);

        if (string.Equals(fields.Text, marking.Text, StringComparison.Ordinal))
        {
            marking.ApplyDetails(fields);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(MarkingDto.From(marking));
        }
        // The raw reading is evidence: a different reading is a new marking that supersedes this one.
        var correction = Marking.Create(Ids.New("mark", clock), marking.ItemId, fields, options.Value.Operator, clock.GetUtcNow());
        correction.SupersedesId = marking.Id;
        db.Markings.Add(correction);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/markings/{correction.Id}", MarkingDto.From(correction));
    }

    private static async Task CheckEvidenceAsync(RemnantDbContext db, string? evidenceFileId, string? recoveryId, ValidationErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(evidenceFileId) || !Ids.IsValid(evidenceFileId)) return;
        var fileRecovery = await db.EvidenceFiles.Where(f => f.Id == evidenceFileId).Select(f => new { f.RecoveryId }).FirstOrDefaultAsync(ct);
        if (fileRecovery is null) errors.Add("evidenceFileId", $"No evidence file has the id '{evidenceFileId}'.");
        else if (recoveryId is not null && fileRecovery.RecoveryId != recoveryId) errors.Add("evidenceFileId", "The file documents another recovery.");
    }
}
