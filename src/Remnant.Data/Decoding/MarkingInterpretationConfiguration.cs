using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remnant.Domain.Markings;
using Remnant.Domain.Validation;

namespace Remnant.Data.Decoding;

internal sealed class MarkingInterpretationConfiguration : IEntityTypeConfiguration<MarkingInterpretation>
{
    public void Configure(EntityTypeBuilder<MarkingInterpretation> b)
    {
        b.Property(i => i.Id).HasMaxLength(Ids.MaxLength);
        b.Property(i => i.MarkingId).HasMaxLength(Ids.MaxLength);
        b.Property(i => i.System).HasMaxLength(40);
        b.Property(i => i.Reason).HasMaxLength(MarkingInterpretation.MaxReasonLength);
        b.Property(i => i.Fields).HasMaxLength(TextRules.LongMax);
        b.Property(i => i.Country).HasMaxLength(2);
        b.Property(i => i.Context).HasMaxLength(TextRules.LongMax);
        b.Property(i => i.DecisionNote).HasMaxLength(TextRules.LongMax);
        b.HasOne<Marking>().WithMany().HasForeignKey(i => i.MarkingId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => i.MarkingId);
    }
}
