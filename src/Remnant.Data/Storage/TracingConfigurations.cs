using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remnant.Domain.Items;
using Remnant.Domain.Parties;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;

namespace Remnant.Data.Storage;

/// <summary>The tracing columns of <see cref="Party"/>; the rest is in <c>PartyConfiguration</c>.</summary>
internal sealed class PartyTracingConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> b)
    {
        b.Property(p => p.SearchKey).HasColumnType("text");
        b.HasIndex(p => p.Kind);
        b.HasIndex(p => p.Country);
    }
}

internal sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<Transfer> b)
    {
        b.Property(t => t.Id).HasMaxLength(Ids.MaxLength);
        b.Property(t => t.FromPartyId).HasMaxLength(Ids.MaxLength);
        b.Property(t => t.ToPartyId).HasMaxLength(Ids.MaxLength);
        b.Property(t => t.TraceRequestId).HasMaxLength(Ids.MaxLength);
        b.Property(t => t.SourceDetail).Long();
        b.Property(t => t.Notes).Long();
        b.Property(t => t.RetractionReason).Long();
        b.HasOne<Party>().WithMany().HasForeignKey(t => t.FromPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(t => t.ToPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TraceRequest>().WithMany().HasForeignKey(t => t.TraceRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.FromPartyId);
        b.HasIndex(t => t.ToPartyId);
        b.HasIndex(t => t.LotKey);
        b.HasIndex(t => t.RangePrefix);
        b.HasIndex(t => t.TraceRequestId);
    }
}

internal sealed class DiversionPointConfiguration : IEntityTypeConfiguration<DiversionPoint>
{
    public void Configure(EntityTypeBuilder<DiversionPoint> b)
    {
        b.Property(d => d.Id).HasMaxLength(Ids.MaxLength);
        b.Property(d => d.ItemId).HasMaxLength(Ids.MaxLength);
        b.Property(d => d.LastLegalHolderId).HasMaxLength(Ids.MaxLength);
        b.Property(d => d.FirstIllicitHolderId).HasMaxLength(Ids.MaxLength);
        b.Property(d => d.Country).HasMaxLength(2);
        b.Property(d => d.Note).Long();
        b.Property(d => d.RetractionReason).Long();
        b.HasOne<Item>().WithMany().HasForeignKey(d => d.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(d => d.LastLegalHolderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(d => d.FirstIllicitHolderId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.ItemId);
    }
}

internal sealed class TraceRequestConfiguration : IEntityTypeConfiguration<TraceRequest>
{
    public void Configure(EntityTypeBuilder<TraceRequest> b)
    {
        b.Property(t => t.Id).HasMaxLength(Ids.MaxLength);
        b.Property(t => t.RecipientPartyId).HasMaxLength(Ids.MaxLength);
        b.Property(t => t.Questions).Long();
        b.Property(t => t.AnswerSummary).Long();
        b.Property(t => t.RefusalReason).Long();
        b.Property(t => t.Notes).Long();
        b.Property(t => t.RetractionReason).Long();
        b.HasOne<Party>().WithMany().HasForeignKey(t => t.RecipientPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.RecipientPartyId);
        b.HasIndex(t => t.Status);
    }
}

internal sealed class TraceReminderConfiguration : IEntityTypeConfiguration<TraceReminder>
{
    public void Configure(EntityTypeBuilder<TraceReminder> b)
    {
        b.Property(r => r.Id).HasMaxLength(Ids.MaxLength);
        b.Property(r => r.TraceRequestId).HasMaxLength(Ids.MaxLength);
        b.Property(r => r.Note).Long();
        b.HasOne<TraceRequest>().WithMany().HasForeignKey(r => r.TraceRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.TraceRequestId);
    }
}
