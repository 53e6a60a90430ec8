using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Items;

namespace Remnant.Web.Features.Dating;

/// <summary>The dating of a whole case: the production-to-use lag of every dated item, and the newest
/// component date code under each assembly, recovery by recovery.</summary>
internal sealed record CaseDating(IReadOnlyList<CaseDating.LagRow> Lags, IReadOnlyList<NewestDateCodeDto> NewestDateCodes)
{
    /// <summary>One item's lag: the bar of the chart.</summary>
    public sealed record LagRow(string ItemId, string Label, ItemCategory Category, DateOnly UseDate, LagDto Lag, bool Provisional);

    public static async Task<CaseDating> LoadAsync(RemnantDbContext db, string caseId, CancellationToken ct)
    {
        var recoveries = await db.Recoveries.AsNoTracking().Where(r => r.CaseId == caseId && r.RetractedAt == null)
            .OrderBy(r => r.RecoveredOn).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var lags = new List<LagRow>();
        var newest = new List<NewestDateCodeDto>();
        foreach (var recoveryId in recoveries)
        {
            var dating = await RecoveryDating.LoadAsync(db, recoveryId, ct);
            foreach (var item in dating.Items.OrderBy(i => i.ParentItemId is null ? 0 : 1).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id))
            {
                var d = dating.For(item.Id);
                if (d.Lag is { Contradiction: false } lag && d.UseDate is { } use)
                    lags.Add(new LagRow(item.Id, RecoveryDating.Label(item), item.Category, use, lag, d.Provisional));
            }
            newest.AddRange(dating.NewestDateCodes());
        }
        return new CaseDating(lags, newest);
    }
}
