using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Linkage;
using Remnant.Domain.Search;

namespace Remnant.Data.Search;

/// <summary>
/// The process's search index and link index over every standing item, loaded once from the
/// database by streaming rows and then kept current: by this process's own writes (see
/// <see cref="SearchIndexingInterceptor"/>) and, in the web app, by following the history table
/// for other instances' writes (<see cref="ChangeFollower"/>).
/// </summary>
public sealed class SearchCatalog(LinkOptions? linkOptions = null) : IDisposable
{
    private readonly LinkOptions _linkOptions = linkOptions ?? LinkOptions.Default;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private int _loaded;

    /// <summary>Serialises refreshes after writes in this process.</summary>
    internal SemaphoreSlim Writes { get; } = new(1, 1);

    /// <summary>The search index (exact, partial, fuzzy).</summary>
    public SearchIndex Index { get; } = new();

    /// <summary>The link index (links of any item without a pairwise scan).</summary>
    public LinkIndex Links { get; private set; } = new(linkOptions);

    /// <summary>Completes when the first load is done.</summary>
    public Task Ready => _ready.Task;

    /// <summary>True once loaded.</summary>
    public bool IsLoaded => Volatile.Read(ref _loaded) == 1;

    /// <summary>Loads every standing item, once; later calls wait for or skip the load. Returns the history watermark taken before reading.</summary>
    public async Task<long> EnsureLoadedAsync(RemnantDbContext db, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (IsLoaded) return -1;
        await _loading.WaitAsync(ct);
        try
        {
            if (IsLoaded) return -1;
            // Taken first: a write committed while rows stream is replayed from the history afterwards.
            var watermark = await db.History.MaxAsync(h => (long?)h.Id, ct) ?? 0;
            var links = new List<LinkItem>();
            var count = 0;
            var batch = new List<(string, IReadOnlyList<SearchEntry>)>(4096);
            await foreach (var row in ItemRows.AllAsync(db, ct))
            {
                batch.Add((row.Id, row.Entries()));
                links.Add(row.ForLinks());
                if (batch.Count == batch.Capacity)
                {
                    Index.UpsertMany(batch, trimExcess: false);
                    batch.Clear();
                }
                if (++count % 10_000 == 0) progress?.Report(count);
            }
            Index.UpsertMany(batch);
            var linkIndex = new LinkIndex(_linkOptions);
            linkIndex.Rebuild(links);
            Links = linkIndex;
            progress?.Report(count);
            Volatile.Write(ref _loaded, 1);
            _ready.TrySetResult();
            return watermark;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Re-reads <paramref name="itemIds"/> and updates both indexes; a retracted or vanished
    /// item leaves them. Returns the items' current links.
    /// </summary>
    public async Task<IReadOnlyList<ItemLink>> RefreshAsync(RemnantDbContext db, IReadOnlyCollection<string> itemIds, CancellationToken ct = default)
    {
        var rows = await ItemRows.ByIdsAsync(db, itemIds, ct);
        var standing = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Index.Upsert(row.Id, row.Entries());
            Links.Upsert(row.ForLinks());
        }
        foreach (var id in itemIds.Where(id => !standing.Contains(id)))
        {
            Index.Remove(id);
            Links.Remove(id);
        }
        // A link between two refreshed items is found from both ends, worded from each ("serials A and
        // B" / "serials B and A"): one per pair and kind.
        return itemIds.SelectMany(Links.LinksFor).DistinctBy(l => (l.FirstItemId, l.SecondItemId, l.Kind)).ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Index.Dispose();
        _loading.Dispose();
        Writes.Dispose();
    }
}
