using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Items;
using Remnant.Domain.Text;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;
using Remnant.Web.Features.Evidence;
using Remnant.Web.Features.Markings;

namespace Remnant.Web.Features.Items;

internal static class ItemsApi
{
    public static void MapItemsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/items").WithTags("Items");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapRetract<Item, ItemDto>("Item", async (db, item, ct) => ItemDto.From(item, await CaseOfAsync(db, item, ct)));
    }

    private static Task<string> CaseOfAsync(RemnantDbContext db, Item item, CancellationToken ct) =>
        db.Recoveries.Where(r => r.Id == item.RecoveryId).Select(r => r.CaseId).FirstAsync(ct);

    private static async Task<Results<Ok<PageOf<ItemDto>>, ValidationProblem>> List(RemnantDbContext db, string? recoveryId, string? caseId,
        ItemCategory? category, string? parentItemId, string? q, bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        foreach (var (name, value) in new[] { ("recoveryId", recoveryId), ("caseId", caseId), ("parentItemId", parentItemId) })
            if (value is not null && !Ids.IsValid(value)) errors.Add(name, "Not a valid id.");
        if (q is { Length: > 256 }) errors.Add("q", "At most 256 characters.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);

        var query = from i in db.Items.AsNoTracking() join r in db.Recoveries on i.RecoveryId equals r.Id select new { Item = i, r.CaseId };
        if (includeRetracted != true) query = query.Where(x => x.Item.RetractedAt == null);
        if (recoveryId is not null) query = query.Where(x => x.Item.RecoveryId == recoveryId);
        if (caseId is not null) query = query.Where(x => x.CaseId == caseId);
        if (category is not null) query = query.Where(x => x.Item.Category == category);
        if (parentItemId is not null) query = query.Where(x => x.Item.ParentItemId == parentItemId);
        var key = FoldKey.Fold(q);
        if (key.Length > 0) query = query.Where(x => x.Item.SerialKey!.Contains(key) || x.Item.LotKey!.Contains(key));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(x => x.Item.RecoveryId).ThenBy(x => x.Item.CreatedAt).ThenBy(x => x.Item.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<ItemDto>(rows.Select(x => ItemDto.From(x.Item, x.CaseId)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<ItemDetailDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return ApiProblems.NotFound("Item", id);
        return TypedResults.Ok(await DetailAsync(db, item, ct));
    }

    internal static async Task<ItemDetailDto> DetailAsync(RemnantDbContext db, Item item, CancellationToken ct)
    {
        var caseId = await CaseOfAsync(db, item, ct);
        var recoveryItems = await db.Items.AsNoTracking().Where(i => i.RecoveryId == item.RecoveryId).ToListAsync(ct);
        var byId = recoveryItems.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var markings = await db.Markings.AsNoTracking().Where(m => m.ItemId == item.Id).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(ct);
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => f.ItemId == item.Id).OrderBy(f => f.UploadedAt).ThenBy(f => f.Id).ToListAsync(ct);
        var dating = (await Dating.RecoveryDating.LoadAsync(db, item.RecoveryId, ct)).For(item.Id);
        return new ItemDetailDto(ItemDto.From(item, caseId), ItemTree.Ancestors(byId, item.Id), ItemTree.Components(recoveryItems, item.Id),
            markings.Select(MarkingDto.From).ToList(), files.Select(EvidenceDto.From).ToList(), dating);
    }

    private static async Task<Results<Created<ItemDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock, ItemRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (request.Category is null) errors.Add("category", "Required: one of " + string.Join(", ", ItemCategories.All.Select(c => c.Code)) + ".");
        string? caseId = null;
        if (string.IsNullOrWhiteSpace(request.RecoveryId)) errors.Add("recoveryId", "Required: the recovery the item was found in.");
        else if (!Ids.IsValid(request.RecoveryId)) errors.Add("recoveryId", "Not a valid id.");
        else if ((caseId = await db.Recoveries.Where(r => r.Id == request.RecoveryId).Select(r => r.CaseId).FirstOrDefaultAsync(ct)) is null)
            errors.Add("recoveryId", $"No recovery has the id '{request.RecoveryId}'.");
        var item = new Item { Id = Ids.New("item", clock), RecoveryId = request.RecoveryId ?? string.Empty, CreatedAt = clock.GetUtcNow() };
        errors.Merge(caseId is null ? Item.Apply(item, request.ToFields() with { ParentItemId = null }, []) : await ItemTree.ApplyAsync(db, item, request.ToFields(), ct));
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        db.Items.Add(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/items/{item.Id}", ItemDto.From(item, caseId!));
    }

    private static async Task<Results<Ok<ItemDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, string id, ItemRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return ApiProblems.NotFound("Item", id);
        var errors = new ValidationErrors();
        if (request.Category is null) errors.Add("category", "Required.");
        if (request.RecoveryId is not null && request.RecoveryId != item.RecoveryId)
            errors.Add("recoveryId", "An item stays in the recovery it was found in; record a custody event for a move.");
        errors.Merge(await ItemTree.ApplyAsync(db, item, request.ToFields(), ct));
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ItemDto.From(item, await CaseOfAsync(db, item, ct)));
    }
}
