using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Remnant.Domain.Decoding;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Validation;

namespace Remnant.Data.Decoding;

/// <summary>
/// Decodes every marking saved through <see cref="Storage.RemnantDbContext"/>, in the same
/// transaction: a new marking (a correction is a new marking) is decoded; an edited one is decoded
/// again unless the analyst has already decided on one of its readings. Runs before the history
/// interceptor so that the stored lines are in the history too. Web, CLI and imports all pass here.
/// </summary>
public sealed class DecodingInterceptor(MarkingDecoder decoder, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>How far up the component tree the country of manufacture is looked for.</summary>
    public const int MaxAncestors = 16;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) DecodeAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await DecodeAsync(context, cancellationToken);
        return result;
    }

    private async ValueTask DecodeAsync(DbContext context, CancellationToken ct)
    {
        context.ChangeTracker.DetectChanges();
        var markings = context.ChangeTracker.Entries<Marking>()
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && e.Entity.RetractedAt is null
                    && e.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))))
            .Select(e => (e.Entity, Added: e.State == EntityState.Added))
            .ToList();
        if (markings.Count == 0) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var items = new Dictionary<string, Item?>(StringComparer.Ordinal);
        foreach (var (marking, added) in markings)
        {
            if (!added && !await SupersedeUndecidedAsync(context, marking.Id, now, ct)) continue;
            var (decodeContext, summary) = await ContextOfAsync(context, marking.ItemId, today, ct, items);
            var result = decoder.Decode(marking.Text, decodeContext);
            context.AddRange(MarkingInterpretation.FromResult(result, marking.Id, () => Ids.New("interp", clock), now, summary));
        }
    }

    // A decision is evidence: the lines it refers to stay current. Otherwise the old lines are
    // marked superseded (never deleted) and a fresh decode follows.
    private static async Task<bool> SupersedeUndecidedAsync(DbContext context, string markingId, DateTimeOffset now, CancellationToken ct)
    {
        var current = await context.Set<MarkingInterpretation>().Where(i => i.MarkingId == markingId && i.SupersededAt == null).ToListAsync(ct);
        if (current.Any(i => i.Decision is not null)) return false;
        foreach (var line in current) line.SupersededAt = now;
        return true;
    }

    /// <summary>The context of a marking: its item's category and maker, and the country of
    /// manufacture of the item or, failing that, of its nearest ancestor that has one (at most
    /// <see cref="MaxAncestors"/> levels up). <paramref name="cache"/> keeps items looked up during one
    /// save, so a large import looks each item up once.</summary>
    public static async Task<(DecodeContext Context, string Summary)> ContextOfAsync(DbContext context, string itemId, DateOnly today,
        CancellationToken ct, Dictionary<string, Item?>? cache = null)
    {
        cache ??= new Dictionary<string, Item?>(StringComparer.Ordinal);
        async Task<Item?> FindAsync(string id)
        {
            if (!cache.TryGetValue(id, out var found)) cache[id] = found = await context.Set<Item>().FindAsync([id], ct);
            return found;
        }
        var item = await FindAsync(itemId);
        var decodeContext = new DecodeContext(today) { Category = item?.Category, Maker = item?.Manufacturer };
        var current = item;
        for (var level = 0; current is not null && level <= MaxAncestors; level++)
        {
            if (Domain.Geography.CountryCode.TryParse(current.CountryOfManufacture, out var country))
            {
                decodeContext = decodeContext with { Country = country };
                break;
            }
            current = current.ParentItemId is { } parent ? await FindAsync(parent) : null;
        }
        var parts = new List<string>();
        if (decodeContext.Country is { } c) parts.Add($"country of manufacture {c}");
        if (decodeContext.Category is { } category) parts.Add($"category {category.ToCode()}");
        if (!string.IsNullOrWhiteSpace(decodeContext.Maker)) parts.Add($"maker {decodeContext.Maker}");
        return (decodeContext, parts.Count == 0 ? "no context" : string.Join(", ", parts));
    }
}
