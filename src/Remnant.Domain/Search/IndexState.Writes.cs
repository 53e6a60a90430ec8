using System.Text;
using Remnant.Domain.Text;

namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    /// <summary>Replaces every entry of <paramref name="itemId"/>; no entries removes the item.</summary>
    public void Upsert(string itemId, IEnumerable<SearchEntry> entries)
    {
        if (!_itemHandle.TryGetValue(itemId, out var handle))
        {
            handle = _itemIds.Count;
            _itemHandle.Add(itemId, handle);
            _itemIds.Add(itemId);
            Grow(ref _itemFirst, handle + 1);
            Grow(ref _itemEntries, handle + 1);
        }
        Retire(handle);
        var first = _count;
        var seen = new HashSet<(SearchField, string)>();
        foreach (var entry in entries)
        {
            var raw = entry.Text ?? "";
            if (raw.Length > MaxEntryLength) raw = raw[..MaxEntryLength];
            var fold = FoldKey.Fold(raw);
            if (fold.Length == 0 || fold.Length > ushort.MaxValue || !seen.Add((entry.Field, fold))) continue;
            Append(handle, entry.Field, raw, fold);
        }
        _itemFirst[handle] = first;
        _itemEntries[handle] = _count - first;
        if (_count > first) _liveItems++;
    }

    /// <summary>Removes the item; false when it was not indexed.</summary>
    public bool Remove(string itemId)
    {
        if (!_itemHandle.TryGetValue(itemId, out var handle) || _itemEntries[handle] == 0) return false;
        Retire(handle);
        return true;
    }

    /// <summary>Drops spare capacity once a bulk load is over.</summary>
    public void TrimExcess()
    {
        Array.Resize(ref _fold, _foldUsed);
        Array.Resize(ref _raw, _rawUsed);
        // The per-entry arrays grow by doubling: up to half of each is spare after a load.
        Array.Resize(ref _item, _count);
        Array.Resize(ref _entries, _count);
        Array.Resize(ref _rawStart, _count);
        Array.Resize(ref _rawLength, _count);
        Array.Resize(ref _skeletonHash, _count);
        Array.Resize(ref _skeletonNext, _count);
        Array.Resize(ref _skeletonLength, _count);
        Array.Resize(ref _skeletonBag, _count);
        Array.Resize(ref _segmentNodes, _count * Segments);
        Array.Resize(ref _itemFirst, _itemIds.Count);
        Array.Resize(ref _itemEntries, _itemIds.Count);
        foreach (var posting in _trigrams.Values) posting.TrimExcess();
        foreach (var posting in _bigrams.Values) posting.TrimExcess();
    }

    private void Retire(int handle)
    {
        var count = _itemEntries[handle];
        if (count == 0) return;
        for (var e = _itemFirst[handle]; e < _itemFirst[handle] + count; e++) _entries[e].Alive = false;
        _dead += count;
        _itemEntries[handle] = 0;
        _liveItems--;
    }

    private void Append(int handle, SearchField field, string raw, string fold)
    {
        var e = _count;
        if (e == _item.Length) GrowEntries(e + 1);
        _item[e] = handle;
        _entries[e] = new EntryInfo
        {
            FoldStart = _foldUsed, FoldLength = (ushort)fold.Length, Field = (byte)field, Alive = true,
            Head = EntryInfo.HeadOf(fold), Tail = EntryInfo.TailOf(fold), Trigrams = EntryInfo.TrigramsOf(fold),
        };

        Grow(ref _fold, _foldUsed + fold.Length);
        fold.CopyTo(_fold.AsSpan(_foldUsed));
        _foldUsed += fold.Length;

        var rawBytes = Encoding.UTF8.GetByteCount(raw);
        if (rawBytes > ushort.MaxValue) { raw = fold; rawBytes = Encoding.UTF8.GetByteCount(fold); }
        Grow(ref _raw, _rawUsed + rawBytes);
        Encoding.UTF8.GetBytes(raw, _raw.AsSpan(_rawUsed));
        _rawStart[e] = _rawUsed;
        _rawLength[e] = (ushort)rawBytes;
        _rawUsed += rawBytes;

        var skeleton = OcrConfusions.Skeleton(fold);
        var hash = SkeletonHash.Of(skeleton);
        _skeletonHash[e] = hash;
        _skeletonLength[e] = (byte)Math.Min(skeleton.Length, byte.MaxValue);
        // The matcher compares only the first MaxLength characters of a key: bag what it compares.
        _skeletonBag[e] = fold.Length > OcrConfusions.MaxLength
            ? BagOf(OcrConfusions.Skeleton(fold.AsSpan(0, OcrConfusions.MaxLength), stackalloc char[OcrConfusions.MaxLength]))
            : BagOf(skeleton);
        _skeletonNext[e] = _skeletonHead.TryGetValue(hash, out var head) ? head : -1;
        _skeletonHead[hash] = e;
        FileSegments(e, skeleton);
        foreach (var c in skeleton)
        {
            if (_seen[c]) continue;
            _seen[c] = true;
            _alphabet.Add(c);
        }

        _triScratch.Clear();
        Grams.CanonicalTrigrams(fold, _triScratch);
        foreach (var gram in _triScratch) PostingFor(_trigrams, gram).Add(e, in _entries[e]);
        _biScratch.Clear();
        Grams.Bigrams(fold, _biScratch);
        foreach (var gram in _biScratch) PostingFor(_bigrams, gram).Add(e, in _entries[e]);
        _count = e + 1;
    }

    private static Posting PostingFor<TKey>(Dictionary<TKey, Posting> postings, TKey gram) where TKey : notnull
    {
        if (!postings.TryGetValue(gram, out var posting))
        {
            posting = new Posting();
            postings.Add(gram, posting);
        }
        return posting;
    }

    private void GrowEntries(int needed)
    {
        Grow(ref _item, needed);
        Grow(ref _entries, needed);
        Grow(ref _rawStart, needed);
        Grow(ref _rawLength, needed);
        Grow(ref _skeletonHash, needed);
        Grow(ref _skeletonNext, needed);
        Grow(ref _skeletonLength, needed);
        Grow(ref _skeletonBag, needed);
    }

    private static void Grow<T>(ref T[] array, int needed)
    {
        if (needed <= array.Length) return;
        var size = Math.Max(needed, (int)Math.Min(Array.MaxLength, array.Length * 2L));
        Array.Resize(ref array, size);
    }
}
