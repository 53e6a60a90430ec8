using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;

namespace Remnant.Data.Search;

/// <summary>One refresh of the indexes after a write: the items touched, those of recoveries changed.</summary>
public static class SearchRefresh
{
    /// <summary>
    /// Loads the catalog if this process has not yet (the CLI), re-reads the items and, when
    /// <paramref name="storeLinks"/> (the writer's own process), stores their links.
    /// </summary>
    public static async Task RunAsync(RemnantDbContext db, SearchCatalog catalog, TimeProvider clock,
        IReadOnlyCollection<string> itemIds, IReadOnlyCollection<string> recoveryIds, bool storeLinks, CancellationToken ct)
    {
        await catalog.EnsureLoadedAsync(db, ct: ct);
        var ids = new HashSet<string>(itemIds, StringComparer.Ordinal);
        foreach (var chunk in recoveryIds.Chunk(400))
        {
            ids.UnionWith(await db.Items.AsNoTracking().Where(i => chunk.Contains(i.RecoveryId)).Select(i => i.Id).ToListAsync(ct));
        }
        if (ids.Count == 0) return;
        // One refresh at a time in this process: two writes touching the same pair would
        // otherwise both insert the same new link.
        await catalog.Writes.WaitAsync(ct);
        try
        {
            var links = await catalog.RefreshAsync(db, ids, ct);
            if (storeLinks) await LinkStore.SyncAsync(db, ids, links, clock, ct);
        }
        finally
        {
            catalog.Writes.Release();
        }
    }
}
