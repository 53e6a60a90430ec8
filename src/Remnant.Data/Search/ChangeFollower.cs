using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;

namespace Remnant.Data.Search;

/// <summary>
/// Learns of other instances' writes through the database itself: every change appends a row to
/// the history in the same transaction, so polling it past a watermark finds them. Ids a slower
/// transaction committed late (below the watermark) are caught by re-reading a window behind it.
/// </summary>
public sealed class ChangeFollower(long watermark)
{
    private const int Lookback = 500;
    private static readonly string[] Followed = ["Item", "Marking", "EvidenceFile", "Recovery"];
    private readonly HashSet<long> _seen = [];

    /// <summary>The highest history id seen.</summary>
    public long Watermark { get; private set; } = watermark;

    /// <summary>Reads new history rows and refreshes the items they name (links are stored by the writer).</summary>
    public async Task<int> PollAsync(RemnantDbContext db, SearchCatalog catalog, TimeProvider clock, CancellationToken ct)
    {
        var from = Math.Max(0, Watermark - Lookback);
        var rows = await db.History.AsNoTracking().Where(h => h.Id > from && Followed.Contains(h.EntityType))
            .Select(h => new { h.Id, h.EntityType, h.EntityId, h.After }).ToListAsync(ct);
        var fresh = rows.Where(r => r.Id > Watermark || !_seen.Contains(r.Id)).ToList();
        if (fresh.Count == 0) return 0;
        var items = new HashSet<string>(StringComparer.Ordinal);
        var recoveries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in fresh)
        {
            _seen.Add(row.Id);
            if (row.EntityType == "Item") items.Add(row.EntityId);
            else if (row.EntityType == "Recovery") recoveries.Add(row.EntityId);
            else if (ItemIdOf(row.After) is { } itemId) items.Add(itemId);
        }
        Watermark = Math.Max(Watermark, fresh.Max(r => r.Id));
        _seen.RemoveWhere(id => id <= Watermark - Lookback);
        await SearchRefresh.RunAsync(db, catalog, clock, items, recoveries, storeLinks: false, ct);
        return fresh.Count;
    }

    private static string? ItemIdOf(string? snapshot)
    {
        if (string.IsNullOrEmpty(snapshot)) return null;
        using var json = System.Text.Json.JsonDocument.Parse(snapshot);
        return json.RootElement.TryGetProperty("itemId", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;
    }
}
