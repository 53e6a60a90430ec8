using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Cases;

namespace Remnant.Data.Storage;

/// <summary>The case that holds recoveries recorded without one, created the first time it is needed.</summary>
public static class UnassignedCase
{
    /// <summary>Adds the "Unassigned" case to the context unless it exists (saved with the caller's changes).</summary>
    public static async Task EnsureAsync(RemnantDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (db.Cases.Local.Any(c => c.Id == Case.UnassignedId) || await db.Cases.AnyAsync(c => c.Id == Case.UnassignedId, cancellationToken)) return;
        db.Cases.Add(new Case
        {
            Id = Case.UnassignedId, Title = "Unassigned", CreatedAt = clock.GetUtcNow(),
            Description = "Recoveries recorded without a case. Move them to a case when one is opened.",
        });
    }
}
