using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remnant.Domain.Items;
using Remnant.Domain.Linkage;
using Remnant.Domain.Validation;

namespace Remnant.Data.Search;

internal sealed class LinkRecordConfiguration : IEntityTypeConfiguration<LinkRecord>
{
    public void Configure(EntityTypeBuilder<LinkRecord> b)
    {
        b.ToTable("ItemLinks");
        b.Property(l => l.Id).HasMaxLength(Ids.MaxLength);
        b.Property(l => l.FirstItemId).HasMaxLength(Ids.MaxLength);
        b.Property(l => l.SecondItemId).HasMaxLength(Ids.MaxLength);
        b.Property(l => l.Reason).HasMaxLength(1000);
        b.Property(l => l.DecisionNote).HasMaxLength(TextRules.LongMax);
        b.HasOne<Item>().WithMany().HasForeignKey(l => l.FirstItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Item>().WithMany().HasForeignKey(l => l.SecondItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.FirstItemId, l.SecondItemId, l.Kind }).IsUnique();
        b.HasIndex(l => l.SecondItemId);
        b.HasIndex(l => new { l.Active, l.Decision });
    }
}
