using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.History;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.History;

internal sealed record HistoryDto(long Id, string EntityType, string EntityId, string Action, string Actor, DateTimeOffset At, string? Before, string? After)
{
    public static HistoryDto From(HistoryEntry h) => new(h.Id, h.EntityType, h.EntityId, h.Action, h.Actor, h.At, h.Before, h.After);
}

internal static class HistoryApi
{
    public static void MapHistoryApi(this RouteGroupBuilder api) =>
        api.MapGet("/history", List).WithTags("History");

    /// <summary>The append-only history, oldest first, optionally of one record.</summary>
    private static async Task<Results<Ok<PageOf<HistoryDto>>, ValidationProblem>> List(RemnantDbContext db, string? entityType, string? entityId,
        int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        if (entityId is not null && !Ids.IsValid(entityId)) errors.Add("entityId", "Not a valid id.");
        if (entityType is { Length: > 60 }) errors.Add("entityType", "At most 60 characters.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.History.AsNoTracking();
        if (entityType is not null) query = query.Where(h => h.EntityType == entityType);
        if (entityId is not null) query = query.Where(h => h.EntityId == entityId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(h => h.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<HistoryDto>(rows.Select(HistoryDto.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
