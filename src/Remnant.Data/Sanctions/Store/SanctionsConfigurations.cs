using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Remnant.Data.Sanctions.Store;

internal sealed class SanctionsSnapshotConfiguration : IEntityTypeConfiguration<SanctionsSnapshotRecord>
{
    public void Configure(EntityTypeBuilder<SanctionsSnapshotRecord> b)
    {
        b.ToTable("SanctionsSnapshots");
        b.Property(s => s.Id).HasMaxLength(80);
        b.Property(s => s.Source).HasMaxLength(8);
        b.Property(s => s.ContentHash).HasMaxLength(64);
        b.Property(s => s.FileName).HasMaxLength(400);
        b.Property(s => s.DiffJson).HasColumnType("text");
        b.HasIndex(s => new { s.Source, s.ContentHash }).IsUnique();
    }
}

internal sealed class SanctionsListingConfiguration : IEntityTypeConfiguration<SanctionsListingRecord>
{
    public void Configure(EntityTypeBuilder<SanctionsListingRecord> b)
    {
        b.ToTable("SanctionsListings");
        b.Property(l => l.SnapshotId).HasMaxLength(80);
        b.Property(l => l.StableId).HasMaxLength(80);
        b.Property(l => l.Reference).HasMaxLength(80);
        b.Property(l => l.PrimaryName).HasMaxLength(1000);
        b.Property(l => l.Schema).HasMaxLength(20);
        b.Property(l => l.Json).HasColumnType("text");
        b.HasIndex(l => new { l.SnapshotId, l.StableId }).IsUnique();
        b.HasOne<SanctionsSnapshotRecord>().WithMany().HasForeignKey(l => l.SnapshotId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScreeningLogConfiguration : IEntityTypeConfiguration<ScreeningLogRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningLogRecord> b)
    {
        b.ToTable("ScreeningLog");
        b.Property(l => l.Query).HasMaxLength(1000);
        b.Property(l => l.Snapshots).HasMaxLength(1000);
        b.Property(l => l.ResultJson).HasColumnType("text");
        b.HasIndex(l => l.At);
    }
}

internal sealed class ScreeningDecisionConfiguration : IEntityTypeConfiguration<ScreeningDecisionRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningDecisionRecord> b)
    {
        b.ToTable("ScreeningDecisions");
        b.Property(d => d.Subject).HasMaxLength(400);
        b.Property(d => d.StableId).HasMaxLength(80);
        b.Property(d => d.Note).HasMaxLength(2000);
        b.HasIndex(d => new { d.Subject, d.Source, d.StableId });
    }
}

internal sealed class PartyScreeningFlagConfiguration : IEntityTypeConfiguration<PartyScreeningFlag>
{
    public void Configure(EntityTypeBuilder<PartyScreeningFlag> b)
    {
        b.ToTable("PartyScreeningFlags");
        b.Property(f => f.StableId).HasMaxLength(80);
        b.Property(f => f.Reference).HasMaxLength(80);
        b.Property(f => f.ListedName).HasMaxLength(1000);
        b.Property(f => f.SnapshotId).HasMaxLength(80);
        b.HasIndex(f => new { f.PartyId, f.Source, f.StableId }).IsUnique();
    }
}
