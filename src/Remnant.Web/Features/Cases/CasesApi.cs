using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Cases;

internal static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapRetract<Case, CaseDto>("Case", CaseDto.From);
    }

    private static async Task<Results<Ok<PageOf<CaseDto>>, ValidationProblem>> List(RemnantDbContext db, string? q, bool? includeRetracted,
        int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.Cases.AsNoTracking();
        if (includeRetracted != true) query = query.Where(c => c.RetractedAt == null);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(c => c.Title.ToLower().Contains(q.Trim().ToLower()));
        var total = await query.CountAsync(ct);
        var cases = await query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<CaseDto>(cases.Select(CaseDto.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? ApiProblems.NotFound("Case", id) : TypedResults.Ok(CaseDto.From(found));
    }

    private static async Task<Results<Created<CaseDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock, CaseRequest request, CancellationToken ct)
    {
        var created = new Case { Id = Ids.New("case", clock), Title = string.Empty, CreatedAt = clock.GetUtcNow() };
        var errors = Case.Apply(created, request.Title, request.Description);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        db.Cases.Add(created);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/cases/{created.Id}", CaseDto.From(created));
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, string id, CaseRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return ApiProblems.NotFound("Case", id);
        var errors = Case.Apply(found, request.Title, request.Description);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CaseDto.From(found));
    }
}
