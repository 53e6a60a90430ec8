using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Linkage;
using Remnant.Domain.Validation;

namespace Remnant.Data.Search;

/// <summary>
/// Brings the stored links of some items in line with the links detected now: new ones are
/// added open, vanished ones marked inactive (never deleted: a decision stays with its link).
/// </summary>
public static class LinkStore
{
    /// <summary>Syncs the links touching <paramref name="itemIds"/> to <paramref name="current"/>; returns (added, deactivated).
    /// New links are written in batches and let go once written (a bulk import can make hundreds of
    /// thousands), so give it a context of its own: its change tracker is cleared.</summary>
    public static async Task<(int Added, int Deactivated)> SyncAsync(RemnantDbContext db, IReadOnlyCollection<string> itemIds,
        IEnumerable<ItemLink> current, TimeProvider clock, CancellationToken ct = default)
    {
        var wanted = ByKey(current);
        var stored = new List<LinkRecord>();
        foreach (var chunk in itemIds.Chunk(400))
        {
            stored.AddRange(await db.ItemLinks.Where(l => chunk.Contains(l.FirstItemId) || chunk.Contains(l.SecondItemId)).ToListAsync(ct));
        }
        var added = 0;
        var deactivated = 0;
        foreach (var record in stored.DistinctBy(r => r.Id))
        {
            if (wanted.Remove((record.FirstItemId, record.SecondItemId, record.Kind), out var link))
            {
                record.Active = true;
                record.Reason = Cut(link.Reason);
            }
            else if (record.Active)
            {
                record.Active = false;
                deactivated++;
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await AddAsync(db, wanted.Values, clock, written => added += written, ct);
        return (added, deactivated);
    }

    /// <summary>
    /// Full rebuild: syncs every stored link to <paramref name="current"/> (all links detected now),
    /// in batches; <paramref name="progress"/> gets the links written so far.
    /// </summary>
    public static async Task<(int Added, int Deactivated, int Kept)> SyncAllAsync(RemnantDbContext db, IEnumerable<ItemLink> current,
        TimeProvider clock, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var wanted = ByKey(current);
        var (added, deactivated, kept, done) = (0, 0, 0, 0);
        var stored = await db.ItemLinks.AsNoTracking().Select(l => new { l.Id, l.FirstItemId, l.SecondItemId, l.Kind, l.Active, l.Reason }).ToListAsync(ct);
        foreach (var chunk in stored.Chunk(2000))
        {
            foreach (var row in chunk)
            {
                var found = wanted.Remove((row.FirstItemId, row.SecondItemId, row.Kind), out var link);
                if (found && row.Active && row.Reason == Cut(link!.Reason)) { kept++; continue; }
                if (!found && !row.Active) continue;
                var record = await db.ItemLinks.FirstAsync(l => l.Id == row.Id, ct);
                record.Active = found;
                if (found) { record.Reason = Cut(link!.Reason); kept++; }
                else deactivated++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report(done += chunk.Length);
        }
        await AddAsync(db, wanted.Values, clock, written =>
        {
            added += written;
            progress?.Report(done += written);
        }, ct);
        return (added, deactivated, kept);
    }

    /// <summary>Writes new links in batches of 2,000, letting each batch go once written; <paramref name="written"/>
    /// hears the size of each batch.</summary>
    private static async Task AddAsync(RemnantDbContext db, IEnumerable<ItemLink> links, TimeProvider clock, Action<int> written, CancellationToken ct)
    {
        foreach (var chunk in links.Chunk(2000))
        {
            foreach (var link in chunk)
            {
                var record = LinkRecord.From(link, Ids.New("link", clock), clock.GetUtcNow());
                record.Reason = Cut(record.Reason);
                db.ItemLinks.Add(record);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            written(chunk.Length);
        }
    }

    /// <summary>The links by pair and kind, the first of any repeats kept: one link is stored per pair and kind.</summary>
    private static Dictionary<(string, string, LinkKind), ItemLink> ByKey(IEnumerable<ItemLink> links)
    {
        var byKey = new Dictionary<(string, string, LinkKind), ItemLink>();
        foreach (var link in links) byKey.TryAdd((link.FirstItemId, link.SecondItemId, link.Kind), link);
        return byKey;
    }

    private static string Cut(string reason) => reason.Length <= 1000 ? reason : reason[..999] + "…";
}
