using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Items;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Items;

/// <summary>Parent and component relations, read a recovery at a time (components always share
/// their parent's recovery, so one query gives the whole tree).</summary>
internal static class ItemTree
{
    /// <summary>The ids of <paramref name="itemId"/>'s ancestors, nearest first.</summary>
    public static List<string> Ancestors(IReadOnlyDictionary<string, Item> byId, string? itemId)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = itemId is null ? null : byId.GetValueOrDefault(itemId)?.ParentItemId;
             current is not null && seen.Add(current);
             current = byId.GetValueOrDefault(current)?.ParentItemId)
        {
            chain.Add(current);
        }
        return chain;
    }

    public static IReadOnlyList<ComponentNode> Components(IReadOnlyList<Item> recoveryItems, string parentId)
    {
        var children = recoveryItems.Where(i => i.ParentItemId is not null).ToLookup(i => i.ParentItemId!, StringComparer.Ordinal);
        IReadOnlyList<ComponentNode> Build(string id, int depth) => depth > 64 ? [] :
            children[id].OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
                .Select(i => new ComponentNode(i.Id, i.Category, i.Model, i.SerialNumber, i.RetractedAt is not null, Build(i.Id, depth + 1)))
                .ToList();
        return Build(parentId, 0);
    }

    /// <summary>Checks that the proposed parent exists in the same recovery and would not make a
    /// cycle, then applies the fields.</summary>
    public static async Task<ValidationErrors> ApplyAsync(RemnantDbContext db, Item item, ItemFields fields, CancellationToken ct)
    {
        var recoveryItems = await db.Items.AsNoTracking().Where(i => i.RecoveryId == item.RecoveryId).ToDictionaryAsync(i => i.Id, StringComparer.Ordinal, ct);
        var parent = string.IsNullOrWhiteSpace(fields.ParentItemId) ? null : fields.ParentItemId.Trim();
        var chain = parent is not null && recoveryItems.ContainsKey(parent) ? [parent, .. Ancestors(recoveryItems, parent)] : new List<string>();
        var errors = Item.Apply(item, fields, chain);
        if (parent is not null && Ids.IsValid(parent) && !recoveryItems.ContainsKey(parent))
        {
            var elsewhere = await db.Items.AnyAsync(i => i.Id == parent, ct);
            errors.Add("parentItemId", elsewhere
                ? "The parent item belongs to another recovery: a component is recovered with the item it is part of."
                : $"No item has the id '{parent}'.");
        }
        return errors;
    }
}
