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

/// <summary>What an export covers: everything, or one case and the records that hang from it.
/// Every query is ordered by id the same way on both providers, so two exports of the same
/// records are byte for byte the same.</summary>
public sealed class ExportScope
{
    private readonly RemnantDbContext _db;
    private readonly string? _caseId;

    private ExportScope(RemnantDbContext db, string? caseId) => (_db, _caseId) = (db, caseId);

    /// <summary>The scope of <paramref name="caseId"/> (null: everything), or null when that case does not exist.</summary>
    public static async Task<ExportScope?> OpenAsync(RemnantDbContext db, string? caseId, CancellationToken cancellationToken = default)
    {
        if (caseId is not null && !await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken)) return null;
        return new ExportScope(db, caseId);
    }

    public IQueryable<Case> Cases => Ordered(_caseId is null ? _db.Cases : _db.Cases.Where(c => c.Id == _caseId));

    public IQueryable<Recovery> Recoveries => Ordered(RecoveriesUnordered);

    public IQueryable<Item> Items => Ordered(ItemsUnordered);

    public IQueryable<Marking> Markings => Ordered(_caseId is null ? _db.Markings
        : _db.Markings.Where(m => ItemsUnordered.Any(i => i.Id == m.ItemId)));

    public IQueryable<EvidenceFile> EvidenceFiles => Ordered(FilesUnordered);

    public IQueryable<CustodyEvent> CustodyEvents => Ordered(_caseId is null ? _db.CustodyEvents
        : _db.CustodyEvents.Where(c => ItemsUnordered.Any(i => i.Id == c.ItemId) || FilesUnordered.Any(f => f.Id == c.EvidenceFileId)));

    internal IQueryable<Recovery> RecoveriesUnordered =>
        _caseId is null ? _db.Recoveries : _db.Recoveries.Where(r => r.CaseId == _caseId);

    internal IQueryable<Item> ItemsUnordered =>
        _caseId is null ? _db.Items : _db.Items.Where(i => RecoveriesUnordered.Any(r => r.Id == i.RecoveryId));

    private IQueryable<EvidenceFile> FilesUnordered =>
        _caseId is null ? _db.EvidenceFiles : _db.EvidenceFiles.Where(f => RecoveriesUnordered.Any(r => r.Id == f.RecoveryId));

    // Ids are ASCII; PostgreSQL's default collation would still order them by locale rules, so
    // it is told to compare bytes, as SQLite does.
    private IQueryable<T> Ordered<T>(IQueryable<T> query) where T : class, IRecord =>
        _db.Database.IsNpgsql()
            ? query.AsNoTracking().OrderBy(e => EF.Functions.Collate(EF.Property<string>(e, nameof(IRecord.Id)), "C"))
            : query.AsNoTracking().OrderBy(e => EF.Property<string>(e, nameof(IRecord.Id)));
}
