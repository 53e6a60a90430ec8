namespace Remnant.Data.Sanctions.Store;

/// <summary>One imported release of a list. Snapshots are never changed or deleted: a new release
/// is a new row, and screening uses each list's latest.</summary>
public sealed class SanctionsSnapshotRecord
{
    public required string Id { get; set; }
    /// <summary><c>un</c>, <c>ofac</c> or <c>eu</c>.</summary>
    public required string Source { get; set; }
    /// <summary>The list's own generation date.</summary>
    public DateTimeOffset GeneratedAt { get; set; }
    /// <summary>SHA-256 of the imported bytes: the same file twice is the same snapshot.</summary>
    public required string ContentHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
    public string? FileName { get; set; }
    public int PartyCount { get; set; }
    public int Added { get; set; }
    public int Removed { get; set; }
    public int Changed { get; set; }
    /// <summary>The diff against the previous snapshot of the same list, as JSON (ids, references, names, fields).</summary>
    public string? DiffJson { get; set; }
}

/// <summary>One party of one snapshot, its whole content as JSON (the domain record is rebuilt from it).</summary>
public sealed class SanctionsListingRecord
{
    public long Id { get; set; }
    public required string SnapshotId { get; set; }
    public required string StableId { get; set; }
    public required string Reference { get; set; }
    public required string PrimaryName { get; set; }
    public required string Schema { get; set; }
    public required string Json { get; set; }
}

/// <summary>Who screened what, against which snapshots, with what result.</summary>
public sealed class ScreeningLogRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Who { get; set; }
    /// <summary>What asked: <c>api</c>, <c>yente</c>, <c>web</c>, <c>cli</c>, <c>rescreen</c>.</summary>
    public required string Channel { get; set; }
    public required string Query { get; set; }
    /// <summary>The snapshot ids screened against, comma-separated.</summary>
    public required string Snapshots { get; set; }
    public int Matches { get; set; }
    /// <summary>The hits (list, reference, score, match) as JSON.</summary>
    public required string ResultJson { get; set; }
}

/// <summary>An analyst's decision on a hit: the subject (a party or a screened name) against a listing,
/// by the listing's stable id, so it carries over to later snapshots of the list.</summary>
public sealed class ScreeningDecisionRecord
{
    public long Id { get; set; }
    /// <summary><c>party:{id}</c> for a party record, or <c>name:{folded name}</c> for a screened name.</summary>
    public required string Subject { get; set; }
    public required string Source { get; set; }
    public required string StableId { get; set; }
    /// <summary><c>true-match</c> or <c>false-positive</c>.</summary>
    public required string Decision { get; set; }
    public required string Who { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
}

/// <summary>The latest automatic screening result of a party in the tracing module against a listing.</summary>
public sealed class PartyScreeningFlag
{
    public long Id { get; set; }
    public required string PartyId { get; set; }
    public required string Source { get; set; }
    public required string StableId { get; set; }
    public required string Reference { get; set; }
    public required string ListedName { get; set; }
    public double Score { get; set; }
    public required string SnapshotId { get; set; }
    public DateTimeOffset FlaggedAt { get; set; }
    /// <summary><c>new</c> on the import that raised it, <c>unchanged</c> after, <c>cleared</c> when the listing no longer matches.</summary>
    public required string Change { get; set; }
    /// <summary>The analyst's decision carried from <see cref="ScreeningDecisionRecord"/>, when one exists.</summary>
    public string? Decision { get; set; }
}
