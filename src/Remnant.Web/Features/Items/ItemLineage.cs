using Remnant.Domain.Items;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Items;

/// <summary>Parents and components within one recovery (a component is always recovered with
/// the item it is part of), for breadcrumbs, the parent choice and the domain's cycle check.</summary>
internal static class ItemLineage
{
    /// <summary>The ancestors of <paramref name="itemId"/>, nearest first; stops on a cycle.</summary>
    public static List<Item> Ancestors(IReadOnlyDictionary<string, Item> byId, string itemId)
    {
        var chain = new List<Item>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { itemId };
        for (var parent = byId.GetValueOrDefault(itemId)?.ParentItemId;
             parent is not null && seen.Add(parent) && byId.TryGetValue(parent, out var item);
             parent = item.ParentItemId)
        {
            chain.Add(item);
        }
        return chain;
    }

    /// <summary>The item and everything nested under it: none of them may become its parent.</summary>
    public static HashSet<string> SelfAndDescendants(IReadOnlyCollection<Item> items, string itemId)
    {
        var children = items.Where(i => i.ParentItemId is not null).ToLookup(i => i.ParentItemId!, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([itemId]);
        while (pending.TryPop(out var id))
        {
            if (!found.Add(id)) continue;
            foreach (var child in children[id]) pending.Push(child.Id);
        }
        return found;
    }

    /// <summary>Applies <paramref name="fields"/> after checking that the parent is an item of the
    /// same recovery; the domain checks that no cycle would form.</summary>
    public static ValidationErrors Apply(Item target, ItemFields fields, IReadOnlyDictionary<string, Item> recoveryItems)
    {
        var parent = string.IsNullOrWhiteSpace(fields.ParentItemId) ? null : fields.ParentItemId.Trim();
        var known = parent is not null && recoveryItems.ContainsKey(parent);
        var chain = known ? Ancestors(recoveryItems, parent!).Select(i => i.Id).Prepend(parent!).ToList() : [];
        var errors = Item.Apply(target, fields, chain);
        if (parent is not null && Ids.IsValid(parent) && !known)
            errors.Add("parentItemId", "Choose an item of the same recovery: a component is recovered with the item it is part of.");
        return errors;
    }
}
