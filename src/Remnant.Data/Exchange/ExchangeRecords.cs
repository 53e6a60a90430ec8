using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Exchange;

/// <summary>The JSON exchange file: every record with its id, so an export imported elsewhere
/// keeps its identity. Derived values (fold keys) and the history are not part of it.</summary>
public sealed record ExchangeDocument
{
    /// <summary>The value of <see cref="Format"/> in every exchange file.</summary>
    public const string FormatName = "remnant-exchange";

    /// <summary>The version this code writes and reads.</summary>
    public const int CurrentVersion = 1;

    public string? Format { get; init; }
    public int? Version { get; init; }
    public List<CaseRecord> Cases { get; init; } = [];
    public List<RecoveryRecord> Recoveries { get; init; } = [];
    public List<ItemRecord> Items { get; init; } = [];
    public List<EvidenceFileRecord> EvidenceFiles { get; init; } = [];
    public List<MarkingRecord> Markings { get; init; } = [];
    public List<CustodyEventRecord> CustodyEvents { get; init; } = [];
}

/// <summary>Retraction fields shared by every record.</summary>
public interface IRetractionRecord
{
    string? Id { get; }
    DateTimeOffset? RetractedAt { get; }
    string? RetractedBy { get; }
    string? RetractionReason { get; }
}

public sealed record CaseRecord(
    string? Id, string? Title, string? Description, DateTimeOffset CreatedAt,
    DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason) : IRetractionRecord;

public sealed record RecoveryRecord(
    string? Id, string? CaseId, double? Latitude, double? Longitude, string? Country, string? AdminArea, string? PlaceName,
    DateOnly? RecoveredOn, DateOnly? DocumentedOn, string? Circumstances, SourceType SourceType, string? DocumentedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason) : IRetractionRecord
{
    public RecoveryFields ToFields() => new(Latitude, Longitude, Country, AdminArea, PlaceName, RecoveredOn, DocumentedOn,
        Circumstances, SourceType, DocumentedBy);
}

public sealed record ItemRecord(
    string? Id, string? RecoveryId, string? ParentItemId, ItemCategory? Category, string? Model, string? Manufacturer,
    string? CountryOfManufacture, string? SerialNumber, string? LotNumber, string? Calibre, int? Quantity, string? Description,
    string? Condition, DateTimeOffset CreatedAt, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason) : IRetractionRecord
{
    /// <summary>The fields, once <see cref="Category"/> is known to be given.</summary>
    public ItemFields ToFields(ItemCategory category) => new(category, ParentItemId, Model, Manufacturer, CountryOfManufacture, SerialNumber,
        LotNumber, Calibre, Quantity, Description, Condition);
}

public sealed record MarkingRecord(
    string? Id, string? ItemId, string? Text, string? Location, MarkingMethod Method, Legibility Legibility,
    string? EvidenceFileId, string? SupersedesId, DateTimeOffset CreatedAt, string? CreatedBy,
    DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason) : IRetractionRecord
{
    public MarkingFields ToFields() => new(Text, Location, Method, Legibility, EvidenceFileId);
}

/// <summary>An evidence file's record. <see cref="Present"/> says whether the exporting store had
/// the bytes; an importer decides it afresh from the bytes it actually receives.</summary>
public sealed record EvidenceFileRecord(
    string? Id, string? Sha256, long Size, string? MediaType, string? OriginalName, string? ItemId, string? RecoveryId,
    string? Caption, string? CapturedAt, double? GpsLatitude, double? GpsLongitude, bool Present, bool IsIllustration,
    DateTimeOffset UploadedAt, string? UploadedBy, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason) : IRetractionRecord;

public sealed record CustodyEventRecord(
    string? Id, string? ItemId, string? EvidenceFileId, string? FromHolder, string? ToHolder, DateTimeOffset? OccurredAt,
    string? Place, string? Purpose, DateTimeOffset RecordedAt, string? RecordedBy,
    DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason) : IRetractionRecord;
