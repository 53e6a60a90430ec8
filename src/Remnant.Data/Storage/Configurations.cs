using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remnant.Domain.Cases;
using Remnant.Domain.Custody;
using Remnant.Domain.Evidence;
using Remnant.Domain.History;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Parties;
using Remnant.Domain.Recoveries;
using Remnant.Domain.Validation;

namespace Remnant.Data.Storage;

internal static class Columns
{
    public static PropertyBuilder<string?> Long(this PropertyBuilder<string?> p) => p.HasMaxLength(TextRules.LongMax);
    public static PropertyBuilder<string?> Unbounded(this PropertyBuilder<string?> p) => p.HasColumnType("text");
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.RetractionReason).Long();
        b.Property(c => c.Id).HasMaxLength(Ids.MaxLength);
        b.Property(c => c.Description).Long();
    }
}

internal sealed class RecoveryConfiguration : IEntityTypeConfiguration<Recovery>
{
    public void Configure(EntityTypeBuilder<Recovery> b)
    {
        b.Property(r => r.RetractionReason).Long();
        b.Property(r => r.Id).HasMaxLength(Ids.MaxLength);
        b.Property(r => r.CaseId).HasMaxLength(Ids.MaxLength);
        b.Property(r => r.Country).HasMaxLength(2);
        b.Property(r => r.Circumstances).Long();
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.CaseId);
        b.HasIndex(r => r.Country);
    }
}

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> b)
    {
        b.Property(i => i.RetractionReason).Long();
        b.Property(i => i.Id).HasMaxLength(Ids.MaxLength);
        b.Property(i => i.RecoveryId).HasMaxLength(Ids.MaxLength);
        b.Property(i => i.ParentItemId).HasMaxLength(Ids.MaxLength);
        b.Property(i => i.CountryOfManufacture).HasMaxLength(2);
        b.Property(i => i.Description).Long();
        b.Property(i => i.Condition).Long();
        b.HasOne<Recovery>().WithMany().HasForeignKey(i => i.RecoveryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Item>().WithMany().HasForeignKey(i => i.ParentItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => i.RecoveryId);
        b.HasIndex(i => i.ParentItemId);
        b.HasIndex(i => i.SerialKey);
        b.HasIndex(i => i.LotKey);
    }
}

internal sealed class MarkingConfiguration : IEntityTypeConfiguration<Marking>
{
    public void Configure(EntityTypeBuilder<Marking> b)
    {
        b.Property(m => m.Id).HasMaxLength(Ids.MaxLength);
        b.Property(m => m.ItemId).HasMaxLength(Ids.MaxLength);
        b.Property(m => m.Text).HasMaxLength(Marking.MaxTextLength);
        b.Property(m => m.TextKey).HasMaxLength(Marking.MaxTextLength);
        b.Property(m => m.RetractionReason).Long();
        b.HasOne<Item>().WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvidenceFile>().WithMany().HasForeignKey(m => m.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Marking>().WithMany().HasForeignKey(m => m.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.ItemId);
        b.HasIndex(m => m.TextKey);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.Property(e => e.Id).HasMaxLength(Ids.MaxLength);
        b.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength(false);
        b.Property(e => e.MediaType).HasMaxLength(100);
        b.Property(e => e.OriginalName).HasMaxLength(255);
        b.Property(e => e.CapturedAt).HasMaxLength(40);
        b.Property(e => e.Caption).Long();
        b.Property(e => e.RetractionReason).Long();
        b.HasOne<Item>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Recovery>().WithMany().HasForeignKey(e => e.RecoveryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.Sha256);
        b.HasIndex(e => e.ItemId);
        b.HasIndex(e => e.RecoveryId);
    }
}

internal sealed class CustodyEventConfiguration : IEntityTypeConfiguration<CustodyEvent>
{
    public void Configure(EntityTypeBuilder<CustodyEvent> b)
    {
        b.Property(c => c.Id).HasMaxLength(Ids.MaxLength);
        b.Property(c => c.Purpose).Long();
        b.Property(c => c.RetractionReason).Long();
        b.HasOne<Item>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvidenceFile>().WithMany().HasForeignKey(c => c.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ItemId);
        b.HasIndex(c => c.EvidenceFileId);
    }
}

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> b)
    {
        b.Property(p => p.RetractionReason).Long();
        b.Property(p => p.Id).HasMaxLength(Ids.MaxLength);
        b.Property(p => p.Country).HasMaxLength(2);
        b.Property(p => p.Notes).Long();
        b.Property(p => p.Roles).HasConversion<int>();
    }
}

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> b)
    {
        b.ToTable("History");
        b.Property(h => h.EntityType).HasMaxLength(60);
        b.Property(h => h.EntityId).HasMaxLength(Ids.MaxLength);
        b.Property(h => h.Action).HasMaxLength(20);
        b.Property(h => h.Before).Unbounded();
        b.Property(h => h.After).Unbounded();
        b.HasIndex(h => new { h.EntityType, h.EntityId });
    }
}
