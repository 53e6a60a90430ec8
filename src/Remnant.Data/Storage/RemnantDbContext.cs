using Microsoft.EntityFrameworkCore;
using Remnant.Data.Sanctions.Store;
using Remnant.Domain.Cases;
using Remnant.Domain.Custody;
using Remnant.Domain.Evidence;
using Remnant.Domain.History;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Parties;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Storage;

/// <summary>The one model of Remnant, shared by both database providers; each provider has its
/// own migrations assembly (<c>Remnant.Data.Sqlite</c>, <c>Remnant.Data.Postgres</c>).</summary>
public sealed partial class RemnantDbContext(DbContextOptions<RemnantDbContext> options) : DbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Recovery> Recoveries => Set<Recovery>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<Marking> Markings => Set<Marking>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<CustodyEvent> CustodyEvents => Set<CustodyEvent>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<SanctionsSnapshotRecord> SanctionsSnapshots => Set<SanctionsSnapshotRecord>();
    public DbSet<SanctionsListingRecord> SanctionsListings => Set<SanctionsListingRecord>();
    public DbSet<ScreeningLogRecord> ScreeningLog => Set<ScreeningLogRecord>();
    public DbSet<ScreeningDecisionRecord> ScreeningDecisions => Set<ScreeningDecisionRecord>();
    public DbSet<PartyScreeningFlag> PartyScreeningFlags => Set<PartyScreeningFlag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RemnantDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(200);
        if (Database.IsSqlite())
        {
            // SQLite has no date-time-offset type: store UTC ticks so ordering and comparison work in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
