using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;

namespace Remnant.Data.Search;

/// <summary>Reads <see cref="ItemRow"/>s: all of them streamed (index rebuild), or a few by id (after a write).</summary>
internal static class ItemRows
{
    private const int Chunk = 500;

    public static async IAsyncEnumerable<ItemRow> AllAsync(RemnantDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var recoveries = await db.Recoveries.AsNoTracking().Select(r => new { r.Id, r.CaseId, r.Country })
            .ToDictionaryAsync(r => r.Id, r => (r.CaseId, r.Country), StringComparer.Ordinal, ct);
        var markings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var m in db.Markings.AsNoTracking().Where(m => m.RetractedAt == null).Select(m => new { m.ItemId, m.Text }).AsAsyncEnumerable().WithCancellation(ct))
            Add(markings, m.ItemId, m.Text);
        var photos = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var f in db.EvidenceFiles.AsNoTracking().Where(f => f.ItemId != null && f.RetractedAt == null && !f.IsIllustration)
                           .Select(f => new { f.ItemId, f.Sha256 }).AsAsyncEnumerable().WithCancellation(ct))
            Add(photos, f.ItemId!, f.Sha256);
        var items = db.Items.AsNoTracking().Where(i => i.RetractedAt == null)
            .Select(i => new { i.Id, i.RecoveryId, i.Category, i.Manufacturer, i.Model, i.SerialNumber, i.LotNumber });
        await foreach (var i in items.AsAsyncEnumerable().WithCancellation(ct))
        {
            recoveries.TryGetValue(i.RecoveryId, out var recovery);
            yield return new ItemRow(i.Id, i.RecoveryId, recovery.CaseId, recovery.Country, i.Category, i.Manufacturer, i.Model,
                i.SerialNumber, i.LotNumber, markings.GetValueOrDefault(i.Id) ?? [], photos.GetValueOrDefault(i.Id) ?? []);
        }
    }

    /// <summary>The standing items among <paramref name="ids"/>; retracted or unknown ids are simply absent.</summary>
    public static async Task<List<ItemRow>> ByIdsAsync(RemnantDbContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var rows = new List<ItemRow>(ids.Count);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var items = await (from i in db.Items.AsNoTracking()
                               join r in db.Recoveries.AsNoTracking() on i.RecoveryId equals r.Id
                               where chunk.Contains(i.Id) && i.RetractedAt == null
                               select new { i.Id, i.RecoveryId, r.CaseId, r.Country, i.Category, i.Manufacturer, i.Model, i.SerialNumber, i.LotNumber })
                .ToListAsync(ct);
            var markings = (await db.Markings.AsNoTracking().Where(m => chunk.Contains(m.ItemId) && m.RetractedAt == null)
                .Select(m => new { m.ItemId, m.Text }).ToListAsync(ct)).ToLookup(m => m.ItemId, m => m.Text, StringComparer.Ordinal);
            var photos = (await db.EvidenceFiles.AsNoTracking().Where(f => chunk.Contains(f.ItemId!) && f.RetractedAt == null && !f.IsIllustration)
                .Select(f => new { f.ItemId, f.Sha256 }).ToListAsync(ct)).ToLookup(f => f.ItemId!, f => f.Sha256, StringComparer.Ordinal);
            rows.AddRange(items.Select(i => new ItemRow(i.Id, i.RecoveryId, i.CaseId, i.Country, i.Category, i.Manufacturer, i.Model,
                i.SerialNumber, i.LotNumber, markings[i.Id].ToList(), photos[i.Id].ToList())));
        }
        return rows;
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
