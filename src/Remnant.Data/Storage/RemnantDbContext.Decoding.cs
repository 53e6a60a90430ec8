using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Markings;

namespace Remnant.Data.Storage;

public sealed partial class RemnantDbContext
{
    /// <summary>Stored decodes of markings, with the analyst's decisions.</summary>
    public DbSet<MarkingInterpretation> MarkingInterpretations => Set<MarkingInterpretation>();
}
