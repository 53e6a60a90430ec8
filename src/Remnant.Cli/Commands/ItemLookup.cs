using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;

namespace Remnant.Cli.Commands;

/// <summary>Item, serial, lot, recovery and case of the items a command prints.</summary>
internal static class ItemLookup
{
    public sealed record Row(string Id, string? SerialNumber, string? LotNumber, string RecoveryId, string CaseId);

    public static async Task<Dictionary<string, Row>> LoadAsync(RemnantDbContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var rows = await (from i in db.Items.AsNoTracking()
                          join r in db.Recoveries.AsNoTracking() on i.RecoveryId equals r.Id
                          where wanted.Contains(i.Id)
                          select new Row(i.Id, i.SerialNumber, i.LotNumber, i.RecoveryId, r.CaseId)).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }
}
