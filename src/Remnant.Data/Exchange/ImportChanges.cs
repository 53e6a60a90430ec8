using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;

namespace Remnant.Data.Exchange;

/// <summary>The records an import touched; counts what saving will create and change, and saves
/// it all in one transaction.</summary>
internal sealed class ImportChanges(RemnantDbContext db)
{
    private readonly List<object> _touched = [];

    /// <summary>Adds a new record to the context.</summary>
    public void Create(object entity)
    {
        db.Add(entity);
        _touched.Add(entity);
    }

    /// <summary>Notes a stored record the file names (it may or may not change).</summary>
    public void Touch(object entity) => _touched.Add(entity);

    /// <summary>Counts the changes into <paramref name="report"/> and saves them.</summary>
    public async Task SaveAsync(ImportReport report, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entity in _touched.Distinct(ReferenceEqualityComparer.Instance))
        {
            var entry = db.Entry(entity);
            var type = entity.GetType().Name;
            switch (entry.State)
            {
                case EntityState.Added: Count(report.Created, type); break;
                case EntityState.Modified: Count(report.Updated, type); break;
                default: report.Unchanged++; break;
            }
        }
        if (!db.ChangeTracker.HasChanges()) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Count(SortedDictionary<string, int> counts, string type) =>
        counts[type] = counts.GetValueOrDefault(type) + 1;
}
