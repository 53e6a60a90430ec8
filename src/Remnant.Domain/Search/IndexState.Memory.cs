namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    /// <summary>Bytes held, counted from array lengths plus a per-slot estimate for dictionaries.</summary>
    public long EstimatedBytes()
    {
        long bytes = 0;
        bytes += 4L * (_item.Length + _rawStart.Length + _skeletonHash.Length + _skeletonNext.Length);
        bytes += 2L * _rawLength.Length + _skeletonLength.Length + 32L * _entries.Length + 8L * _skeletonBag.Length;
        bytes += 2L * _fold.Length + _raw.Length;
        bytes += 24L * (_skeletonHead.Count + _segmentHead.Count) + 8L * _segmentNodes.Length;
        foreach (var posting in _trigrams.Values) bytes += posting.Bytes + 24;
        foreach (var posting in _bigrams.Values) bytes += posting.Bytes + 20;
        foreach (var id in _itemIds) bytes += 22 + 2L * id.Length + 8 + 24;
        bytes += 4L * (_itemFirst.Length + _itemEntries.Length) + _seen.Length;
        return bytes;
    }
}
