using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Tracing;

namespace Remnant.Data.Storage;

public sealed partial class RemnantDbContext
{
    public DbSet<Transfer> Transfers => Set<Transfer>();
    public DbSet<DiversionPoint> DiversionPoints => Set<DiversionPoint>();
    public DbSet<TraceRequest> TraceRequests => Set<TraceRequest>();
    public DbSet<TraceReminder> TraceReminders => Set<TraceReminder>();
}
