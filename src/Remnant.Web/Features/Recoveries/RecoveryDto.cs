using Remnant.Domain.Recoveries;

namespace Remnant.Web.Features.Recoveries;

internal sealed record RecoveryDto(string Id, string CaseId, double? Latitude, double? Longitude, string? Country, string? AdminArea,
    string? PlaceName, DateOnly? RecoveredOn, DateOnly? DocumentedOn, string? Circumstances, SourceType SourceType, string? DocumentedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static RecoveryDto From(Recovery r) => new(r.Id, r.CaseId, r.Latitude, r.Longitude, r.Country, r.AdminArea, r.PlaceName,
        r.RecoveredOn, r.DocumentedOn, r.Circumstances, r.SourceType, r.DocumentedBy, r.CreatedAt, r.RetractedAt, r.RetractedBy, r.RetractionReason);
}

/// <summary>Create or replace a recovery. Without <c>caseId</c> it goes to the "Unassigned" case.</summary>
internal sealed record RecoveryRequest(string? CaseId, double? Latitude, double? Longitude, string? Country, string? AdminArea,
    string? PlaceName, DateOnly? RecoveredOn, DateOnly? DocumentedOn, string? Circumstances, SourceType? SourceType, string? DocumentedBy)
{
    public RecoveryFields ToFields() => new(Latitude, Longitude, Country, AdminArea, PlaceName, RecoveredOn, DocumentedOn, Circumstances,
        SourceType ?? Domain.Recoveries.SourceType.FieldDocumentation, DocumentedBy);
}
