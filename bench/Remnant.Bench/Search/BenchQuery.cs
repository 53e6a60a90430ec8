using Remnant.Domain.Search;

namespace Remnant.Bench.Search;

/// <summary>What a generated query imitates.</summary>
internal enum QueryKind { Fragment, LookAlike, Ocr }

/// <summary>A query, the mode it runs in, the item it was made from, and its true answers (filled by the brute-force scan).</summary>
internal sealed record BenchQuery(string Text, SearchMode Mode, QueryKind Kind, int SourceItem)
{
    public HashSet<int> Truth { get; set; } = [];
}
