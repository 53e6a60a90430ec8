using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;

namespace Remnant.Web.Features.Search;

/// <summary>The item as search results and related links show it.</summary>
internal sealed record ItemSummaryDto(string Id, Remnant.Domain.Items.ItemCategory Category, string? Model, string? SerialNumber, string? LotNumber, string RecoveryId, string CaseId)
{
    /// <summary>What a person calls the item: its model, or else its category.</summary>
    public string Name(Microsoft.Extensions.Localization.IStringLocalizer L) => Remnant.Web.Components.Display.Show.ItemName(L, Model, Category);

    /// <summary>The standing items among <paramref name="ids"/>, by id.</summary>
    public static async Task<Dictionary<string, ItemSummaryDto>> LoadAsync(RemnantDbContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, ItemSummaryDto>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(400))
        {
            var rows = await (from i in db.Items.AsNoTracking()
                              join r in db.Recoveries.AsNoTracking() on i.RecoveryId equals r.Id
                              where chunk.Contains(i.Id) && i.RetractedAt == null
                              select new ItemSummaryDto(i.Id, i.Category, i.Model, i.SerialNumber, i.LotNumber, i.RecoveryId, r.CaseId)).ToListAsync(ct);
            foreach (var row in rows) result[row.Id] = row;
        }
        return result;
    }
}
