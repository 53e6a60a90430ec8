namespace Remnant.Domain.Search;

/// <summary>
/// In-process index over the serials, lots, markings and box markings of items, for exact,
/// partial and fuzzy search at millions of entries. Many threads may search while one writes:
/// writers are serialised, readers share a lock and never see a half-applied write.
/// Removed and replaced entries are dropped by <see cref="Compact"/>, which builds a fresh copy
/// while searches go on and then swaps it in.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly object _writer = new();
    private IndexState _state = new();

    /// <summary>Items with at least one entry.</summary>
    public int ItemCount => Read(s => s.ItemCount);

    /// <summary>Live entries.</summary>
    public int EntryCount => Read(s => s.EntryCount);

    /// <summary>Entries removed or replaced but not yet compacted away.</summary>
    public int DeadEntries => Read(s => s.DeadEntries);

    /// <summary>Approximate bytes held by the index's arrays, dictionaries and postings.</summary>
    public long EstimatedBytes => Read(s => s.EstimatedBytes());

    /// <summary>Replaces the entries of <paramref name="itemId"/>; blank texts are skipped, none removes the item.</summary>
    public void Upsert(string itemId, IEnumerable<SearchEntry> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        var list = entries.ToList();
        lock (_writer)
        {
            Write(s => s.Upsert(itemId, list));
            CompactIfWorthIt();
        }
    }

    /// <summary>
    /// Adds or replaces many items at once, holding the write lock per batch; for loads at start.
    /// A load that arrives in several calls passes <paramref name="trimExcess"/> false to all but
    /// the last (or calls <see cref="TrimExcess"/> once at the end): trimming after every call
    /// would shrink every array only for the next call to grow it again.
    /// </summary>
    public void UpsertMany(IEnumerable<(string ItemId, IReadOnlyList<SearchEntry> Entries)> items, int batchSize = 2048, bool trimExcess = true)
    {
        lock (_writer)
        {
            var batch = new List<(string, IReadOnlyList<SearchEntry>)>(batchSize);
            foreach (var item in items)
            {
                batch.Add(item);
                if (batch.Count == batchSize) Flush(batch);
            }
            Flush(batch);
            if (trimExcess) Write(s => s.TrimExcess());
            CompactIfWorthIt();
        }
    }

    /// <summary>Drops the spare capacity of a load made of several <see cref="UpsertMany"/> calls.</summary>
    public void TrimExcess()
    {
        lock (_writer) Write(s => s.TrimExcess());
    }

    /// <summary>Removes an item; false when it was not indexed.</summary>
    public bool Remove(string itemId)
    {
        lock (_writer)
        {
            var removed = false;
            Write(s => removed = s.Remove(itemId));
            CompactIfWorthIt();
            return removed;
        }
    }

    /// <summary>Rebuilds the index from its live entries, without blocking searches meanwhile.</summary>
    public void Compact()
    {
        lock (_writer)
        {
            var fresh = new IndexState();
            foreach (var (itemId, entries) in _state.LiveItems()) fresh.Upsert(itemId, entries);
            fresh.TrimExcess();
            Write(_ => _state = fresh);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private void Flush(List<(string ItemId, IReadOnlyList<SearchEntry> Entries)> batch)
    {
        Write(s =>
        {
            foreach (var (itemId, entries) in batch) s.Upsert(itemId, entries);
        });
        batch.Clear();
    }

    private void CompactIfWorthIt()
    {
        var state = _state;
        if (state.DeadEntries > 50_000 && state.DeadEntries > state.Capacity / 4) Compact();
    }

    private T Read<T>(Func<IndexState, T> read)
    {
        _lock.EnterReadLock();
        try { return read(_state); }
        finally { _lock.ExitReadLock(); }
    }

    private void Write(Action<IndexState> write)
    {
        _lock.EnterWriteLock();
        try { write(_state); }
        finally { _lock.ExitWriteLock(); }
    }
}
