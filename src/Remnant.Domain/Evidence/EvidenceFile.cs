using Remnant.Domain.History;

namespace Remnant.Domain.Evidence;

/// <summary>A photo, scan or document attached to an item or a recovery. The bytes are kept
/// unchanged and identified by their SHA-256; the same bytes attached twice are stored once.</summary>
public sealed class EvidenceFile : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>Media type sniffed from the bytes, never taken from the file name.</summary>
    public required string MediaType { get; set; }

    /// <summary>The file name as uploaded: data only, never used as a path.</summary>
    public string? OriginalName { get; set; }

    /// <summary>The item it documents, if any.</summary>
    public string? ItemId { get; set; }

    /// <summary>The recovery it documents (always set: an item's file also names its recovery).</summary>
    public string? RecoveryId { get; set; }

    /// <summary>Caption or note.</summary>
    public string? Caption { get; set; }

    /// <summary>EXIF capture time as recorded by the camera (local wall-clock time, with its
    /// offset only when the camera wrote one), ISO 8601.</summary>
    public string? CapturedAt { get; set; }

    /// <summary>EXIF GPS latitude, when present.</summary>
    public double? GpsLatitude { get; set; }

    /// <summary>EXIF GPS longitude, when present.</summary>
    public double? GpsLongitude { get; set; }

    /// <summary>False when the record was imported without its bytes.</summary>
    public bool Present { get; set; } = true;

    /// <summary>True for a generated picture that illustrates and is not evidence.</summary>
    public bool IsIllustration { get; set; }

    /// <summary>When it was attached.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who attached it.</summary>
    public string? UploadedBy { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }
}
