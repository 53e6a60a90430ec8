using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Sanctions;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;
using Remnant.Domain.Geography;
using Remnant.Domain.Parties;
using Remnant.Domain.Text;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Parties;

internal static class PartiesApi
{
    public static void MapPartiesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parties").WithTags("Parties");
        group.MapGet("/", List).WithSummary("Parties, filtered by name or alias (look-alike letters match), kind, role and country.");
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapRetract<Party, PartyDto>("Party", PartyDto.From);
    }

    internal static IQueryable<Party> Filter(IQueryable<Party> query, string? q, PartyKind? kind, PartyRoles? role, string? country, bool includeRetracted)
    {
        if (!includeRetracted) query = query.Where(p => p.RetractedAt == null);
        var key = FoldKey.Fold(q);
        if (key.Length > 0) query = query.Where(p => p.SearchKey.Contains(key));
        if (kind is { } k) query = query.Where(p => p.Kind == k);
        if (role is { } r and not PartyRoles.None) query = query.Where(p => (p.Roles & r) == r);
        if (CountryCode.TryParse(country, out var code)) query = query.Where(p => p.Country == code.Value);
        return query;
    }

    private static async Task<Results<Ok<PageOf<PartyDto>>, ValidationProblem>> List(RemnantDbContext db, string? q, string? kind,
        string? role, string? country, bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        var kindValue = KebabEnum.Read<PartyKind>(kind, "kind", errors);
        var roleValue = KebabEnum.Read<PartyRoles>(role, "role", errors);
        if (q is { Length: > 256 }) errors.Add("q", "At most 256 characters.");
        if (!string.IsNullOrWhiteSpace(country) && !CountryCode.TryParse(country, out _)) errors.Add("country", "Not an ISO 3166-1 alpha-2 country code.");
        if (roleValue is PartyRoles.None) errors.Add("role", "One of the roles, not none.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = Filter(db.Parties.AsNoTracking(), q, kindValue, roleValue, country, includeRetracted == true);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<PartyDto>(rows.Select(PartyDto.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PartyDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? ApiProblems.NotFound("Party", id) : TypedResults.Ok(PartyDto.From(found));
    }

    private static async Task<Results<Created<PartyDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock, PartyRequest request,
        SanctionsIndex index, ScreeningSettings screening, CancellationToken ct)
    {
        var party = new Party { Id = Ids.New("party", clock), Name = string.Empty, CreatedAt = clock.GetUtcNow() };
        var errors = Party.Apply(party, request.ToFields());
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        db.Parties.Add(party);
        await db.SaveChangesAsync(ct);
        await PartyRescreen.ScreenSavedAsync(db, index, screening, party.Id, clock.GetUtcNow(), ct);
        return TypedResults.Created($"/api/v1/parties/{party.Id}", PartyDto.From(party));
    }

    private static async Task<Results<Ok<PartyDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, string id, PartyRequest request,
        SanctionsIndex index, ScreeningSettings screening, TimeProvider clock, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var party = await db.Parties.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (party is null) return ApiProblems.NotFound("Party", id);
        var errors = Party.Apply(party, request.ToFields());
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await PartyRescreen.ScreenSavedAsync(db, index, screening, party.Id, clock.GetUtcNow(), ct);
        return TypedResults.Ok(PartyDto.From(party));
    }
}
