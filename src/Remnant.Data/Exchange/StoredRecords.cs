using Microsoft.EntityFrameworkCore;
using Remnant.Domain.History;
using Remnant.Domain.Items;
using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

/// <summary>Loads the stored records an import names, tracked, so that applying a file's values
/// to them and saving writes (and records in the history) only what really changed.</summary>
internal static class StoredRecords
{
    // Batches keep every query within the providers' parameter limits.
    private const int Batch = 500;

    public static async Task<Dictionary<string, T>> LoadAsync<T>(IQueryable<T> set, IEnumerable<string?> ids,
        CancellationToken cancellationToken) where T : class, IRecord
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        await AddAsync(set, ids, result, cancellationToken);
        return result;
    }

    public static async Task AddAsync<T>(IQueryable<T> set, IEnumerable<string?> ids, Dictionary<string, T> into,
        CancellationToken cancellationToken) where T : class, IRecord
    {
        var wanted = ids.Where(id => Ids.IsValid(id) && !into.ContainsKey(id!)).Select(id => id!).Distinct(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(Batch))
        {
            var rows = await set.Where(e => chunk.Contains(EF.Property<string>(e, nameof(IRecord.Id)))).ToListAsync(cancellationToken);
            foreach (var row in rows) into[row.Id] = row;
        }
    }

    /// <summary>Adds the stored ancestors of <paramref name="items"/> until every parent is known.</summary>
    public static async Task AddAncestorsAsync(IQueryable<Item> set, Dictionary<string, Item> items, CancellationToken cancellationToken)
    {
        while (true)
        {
            var missing = items.Values.Select(i => i.ParentItemId).Where(p => p is not null && !items.ContainsKey(p)).ToList();
            var before = items.Count;
            await AddAsync(set, missing, items, cancellationToken);
            if (items.Count == before) return;
        }
    }

    /// <summary>Whether two instants are the same to the microsecond, the precision PostgreSQL keeps.</summary>
    public static bool SameInstant(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b is null : b is not null && a.Value.UtcTicks / 10 == b.Value.UtcTicks / 10;
}
