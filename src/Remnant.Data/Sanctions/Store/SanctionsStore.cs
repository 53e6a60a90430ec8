using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions.Store;

/// <summary>What an import did.</summary>
public sealed record ImportOutcome(SanctionsSnapshotRecord Snapshot, bool AlreadyImported, SnapshotDiff? Diff);

/// <summary>Persists list snapshots: idempotent (the same bytes twice change nothing), each new
/// snapshot stored whole with its diff against the list's previous one, never a partial write.</summary>
public static class SanctionsStore
{
    /// <summary>Stores <paramref name="snapshot"/> unless a snapshot of the same list with the same
    /// content hash exists. Runs in one transaction.</summary>
    public static async Task<ImportOutcome> ImportAsync(RemnantDbContext db, ListSnapshot snapshot, string who, DateTimeOffset now,
        string? fileName, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var source = snapshot.Source.ToCode();
        var hash = snapshot.ContentHash ?? throw new ArgumentException("A stored snapshot needs its content hash.", nameof(snapshot));
        var existing = await db.SanctionsSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Source == source && s.ContentHash == hash, cancellationToken);
        if (existing is not null) return new ImportOutcome(existing, true, null);

        var previous = await LatestAsync(db, snapshot.Source, cancellationToken);
        var diff = snapshot.DiffFrom(previous);
        var record = new SanctionsSnapshotRecord
        {
            Id = $"{source}-{snapshot.GeneratedAt:yyyyMMddHHmmss}-{hash[..8]}",
            Source = source, GeneratedAt = snapshot.GeneratedAt, ContentHash = hash, ImportedAt = now, ImportedBy = who,
            FileName = fileName is null ? null : Path.GetFileName(fileName), PartyCount = snapshot.Parties.Count,
            Added = diff.Added.Count, Removed = diff.Removed.Count, Changed = diff.Changed.Count, DiffJson = DiffJson(diff, previous is null),
        };
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SanctionsSnapshots.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var done = 0;
        foreach (var chunk in snapshot.Parties.Chunk(500))
        {
            db.SanctionsListings.AddRange(chunk.Select(p => new SanctionsListingRecord
            {
                SnapshotId = record.Id, StableId = p.StableId, Reference = p.Reference, PrimaryName = Trim(p.PrimaryName, 1000),
                Schema = p.Schema.ToString(), Json = ListedPartyJson.Write(p),
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report((done, snapshot.Parties.Count));
        }
        await tx.CommitAsync(cancellationToken);
        return new ImportOutcome(record, false, diff);
    }

    /// <summary>The latest snapshot of each list (by generation date, then import time).</summary>
    public static async Task<IReadOnlyList<(SanctionsSnapshotRecord Record, ListSnapshot Snapshot)>> LatestAllAsync(RemnantDbContext db, CancellationToken cancellationToken)
    {
        var latest = await LatestIdsAsync(db, cancellationToken);
        var result = new List<(SanctionsSnapshotRecord, ListSnapshot)>();
        foreach (var source in Enum.GetValues<ListSource>())
        {
            if (!latest.TryGetValue(source.ToCode(), out var id)) continue;
            var record = await db.SanctionsSnapshots.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
            result.Add((record, await LoadAsync(db, record, cancellationToken)));
        }
        return result;
    }

    /// <summary>The id of each list's latest snapshot, by source code: a cheap look (no diffs, no parties)
    /// that tells whether an index built earlier is still current.</summary>
    public static async Task<Dictionary<string, string>> LatestIdsAsync(RemnantDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.SanctionsSnapshots.AsNoTracking()
            .Select(s => new { s.Id, s.Source, s.GeneratedAt, s.ImportedAt }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Source)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.GeneratedAt).ThenByDescending(r => r.ImportedAt).First().Id, StringComparer.Ordinal);
    }

    private static async Task<ListSnapshot?> LatestAsync(RemnantDbContext db, ListSource source, CancellationToken cancellationToken) =>
        await LatestRecordAsync(db, source, cancellationToken) is { } r ? await LoadAsync(db, r, cancellationToken) : null;

    private static async Task<SanctionsSnapshotRecord?> LatestRecordAsync(RemnantDbContext db, ListSource source, CancellationToken cancellationToken)
    {
        // The ordering rule lives in LatestIdsAsync; only the winning record is read whole.
        if (!(await LatestIdsAsync(db, cancellationToken)).TryGetValue(source.ToCode(), out var id)) return null;
        return await db.SanctionsSnapshots.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
    }

    private static async Task<ListSnapshot> LoadAsync(RemnantDbContext db, SanctionsSnapshotRecord record, CancellationToken cancellationToken)
    {
        var rows = await db.SanctionsListings.AsNoTracking().Where(l => l.SnapshotId == record.Id).OrderBy(l => l.Id)
            .Select(l => l.Json).ToListAsync(cancellationToken);
        ListSources.TryParse(record.Source, out var source);
        return new ListSnapshot(source, record.GeneratedAt, rows.Select(ListedPartyJson.Read), record.ContentHash);
    }

    private static string DiffJson(SnapshotDiff diff, bool first) => JsonSerializer.Serialize(new
    {
        first,
        added = first ? [] : diff.Added.Take(500).Select(p => new { p.StableId, p.Reference, name = p.PrimaryName }).ToArray(),
        removed = diff.Removed.Take(500).Select(p => new { p.StableId, p.Reference, name = p.PrimaryName }).ToArray(),
        changed = diff.Changed.Take(500).Select(c => new { c.After.StableId, c.After.Reference, name = c.After.PrimaryName, c.Fields }).ToArray(),
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
