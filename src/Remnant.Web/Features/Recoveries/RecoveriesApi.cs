using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Recoveries;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Recoveries;

internal static class RecoveriesApi
{
    public static void MapRecoveriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recoveries").WithTags("Recoveries");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapRetract<Recovery, RecoveryDto>("Recovery", RecoveryDto.From);
    }

    private static async Task<Results<Ok<PageOf<RecoveryDto>>, ValidationProblem>> List(RemnantDbContext db, string? caseId, string? country,
        bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        if (caseId is not null && !Ids.IsValid(caseId)) errors.Add("caseId", "Not a valid id.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.Recoveries.AsNoTracking();
        if (includeRetracted != true) query = query.Where(r => r.RetractedAt == null);
        if (caseId is not null) query = query.Where(r => r.CaseId == caseId);
        if (!string.IsNullOrWhiteSpace(country)) query = query.Where(r => r.Country == country.Trim().ToUpperInvariant());
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.RecoveredOn).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<RecoveryDto>(rows.Select(RecoveryDto.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<RecoveryDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.Recoveries.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return found is null ? ApiProblems.NotFound("Recovery", id) : TypedResults.Ok(RecoveryDto.From(found));
    }

    private static async Task<Results<Created<RecoveryDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock,
        RecoveryRequest request, CancellationToken ct)
    {
        var recovery = new Recovery { Id = Ids.New("rec", clock), CaseId = request.CaseId ?? Case.UnassignedId, CreatedAt = clock.GetUtcNow() };
        var errors = Recovery.Apply(recovery, request.ToFields(), Today(clock));
        await CheckCaseAsync(db, request.CaseId, errors, ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        if (request.CaseId is null) await UnassignedCase.EnsureAsync(db, clock, ct);
        db.Recoveries.Add(recovery);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/recoveries/{recovery.Id}", RecoveryDto.From(recovery));
    }

    private static async Task<Results<Ok<RecoveryDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, TimeProvider clock,
        string id, RecoveryRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var recovery = await db.Recoveries.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recovery is null) return ApiProblems.NotFound("Recovery", id);
        var errors = Recovery.Apply(recovery, request.ToFields(), Today(clock));
        await CheckCaseAsync(db, request.CaseId, errors, ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        if (request.CaseId is not null) recovery.CaseId = request.CaseId;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RecoveryDto.From(recovery));
    }

    private static async Task CheckCaseAsync(RemnantDbContext db, string? caseId, ValidationErrors errors, CancellationToken ct)
    {
        if (caseId is null) return;
        if (!Ids.IsValid(caseId)) errors.Add("caseId", "Not a valid id.");
        else if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) errors.Add("caseId", $"No case has the id '{caseId}'.");
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
