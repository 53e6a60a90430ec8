using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Custody;
using Remnant.Domain.Evidence;
using Remnant.Domain.History;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Exchange;

/// <summary>The records an import creates and the stored records it names. Saves them all in one
/// transaction, new records in batches that are let go once written, so a large import does not
/// keep hundreds of thousands of tracked records (and their history entries) in memory.</summary>
internal sealed class ImportChanges(RemnantDbContext db)
{
    private const int BatchSize = 2_000;

    // Every record refers only to records of an earlier type, or (items, markings) to one of its own type.
    private static readonly Type[] Order =
        [typeof(Case), typeof(Recovery), typeof(Item), typeof(EvidenceFile), typeof(Marking), typeof(CustodyEvent)];

    private readonly List<IRecord> _created = [];
    private readonly List<IRecord> _touched = [];

    /// <summary>Notes a new record; it is added to the database context only when saving.</summary>
    public void Create(IRecord entity) => _created.Add(entity);

    /// <summary>Notes a stored (tracked) record the file names; it may or may not change.</summary>
    public void Touch(IRecord entity) => _touched.Add(entity);

    /// <summary>Counts the changes into <paramref name="report"/> and saves them, all or nothing.</summary>
    public async Task SaveAsync(ImportReport report, IProgress<ExchangeProgress>? progress, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = new List<IRecord>();
        foreach (var entity in _touched.Distinct(ReferenceEqualityComparer.Instance).Cast<IRecord>())
        {
            if (db.Entry(entity).State == EntityState.Modified)
            {
                changed.Add(entity);
                Count(report.Updated, entity);
            }
            else report.Unchanged++;
        }
        foreach (var entity in _created) Count(report.Created, entity);
        if (_created.Count == 0 && changed.Count == 0) return;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // New records go first, in batches; a changed stored record may refer to one of them, so
        // its new values are held back (and its original ones kept for the history) until they exist.
        var pending = changed.Select(e => (Entry: db.Entry(e), Values: db.Entry(e).CurrentValues.Clone())).ToList();
        foreach (var (entry, _) in pending) entry.CurrentValues.SetValues(entry.OriginalValues);
        var saved = 0;
        foreach (var batch in InDependencyOrder(_created).Chunk(BatchSize))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            var written = new HashSet<object>(batch, ReferenceEqualityComparer.Instance);
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is HistoryEntry || written.Contains(e.Entity)).ToList())
                entry.State = EntityState.Detached;
            saved += batch.Length;
            progress?.Report(new ExchangeProgress("Saving", saved, _created.Count + changed.Count));
        }
        foreach (var (entry, values) in pending) entry.CurrentValues.SetValues(values);
        if (pending.Count > 0) await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IEnumerable<IRecord> InDependencyOrder(List<IRecord> created)
    {
        var byType = created.ToLookup(e => e.GetType());
        foreach (var type in Order)
        {
            var records = byType[type].ToList();
            if (type == typeof(Item)) records = ParentsFirst(records, e => ((Item)e).ParentItemId);
            else if (type == typeof(Marking)) records = ParentsFirst(records, e => ((Marking)e).SupersedesId);
            foreach (var record in records) yield return record;
        }
    }

    /// <summary>Orders records so that the one each refers to (when it is new too) comes first.
    /// Validation has already refused loops.</summary>
    private static List<IRecord> ParentsFirst(List<IRecord> records, Func<IRecord, string?> parentOf)
    {
        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IRecord>(records.Count);
        var chain = new Stack<IRecord>();
        foreach (var record in records)
        {
            for (IRecord? at = record; at is not null && !placed.Contains(at.Id); at = parentOf(at) is { } p ? byId.GetValueOrDefault(p) : null)
            {
                if (chain.Contains(at)) break;
                chain.Push(at);
            }
            while (chain.TryPop(out var next))
                if (placed.Add(next.Id)) result.Add(next);
        }
        return result;
    }

    private static void Count(SortedDictionary<string, int> counts, object entity)
    {
        var type = entity.GetType().Name;
        counts[type] = counts.GetValueOrDefault(type) + 1;
    }
}
