using Remnant.Domain.Evidence;

namespace Remnant.Web.Features.Evidence;

internal sealed record EvidenceDto(string Id, string Sha256, long Size, string MediaType, string? OriginalName, string? ItemId, string? RecoveryId,
    string? Caption, string? CapturedAt, double? GpsLatitude, double? GpsLongitude, bool Present, bool IsIllustration,
    DateTimeOffset UploadedAt, string? UploadedBy, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason, string ContentUrl)
{
    public static EvidenceDto From(EvidenceFile f) => new(f.Id, f.Sha256, f.Size, f.MediaType, f.OriginalName, f.ItemId, f.RecoveryId,
        f.Caption, f.CapturedAt, f.GpsLatitude, f.GpsLongitude, f.Present, f.IsIllustration, f.UploadedAt, f.UploadedBy,
        f.RetractedAt, f.RetractedBy, f.RetractionReason, $"/api/v1/evidence/{f.Id}/content");
}

internal sealed record EvidenceRequest(string? Caption);
