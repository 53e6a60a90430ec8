using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Linkage;

namespace Remnant.Data.Storage;

public sealed partial class RemnantDbContext
{
    /// <summary>Links detected between items of different recoveries, with analysts' decisions.</summary>
    public DbSet<LinkRecord> ItemLinks => Set<LinkRecord>();
}
