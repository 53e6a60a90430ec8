namespace Remnant.Domain.Recoveries;

/// <summary>The editable fields of a recovery as they arrive from a form, the API or a file.</summary>
public sealed record RecoveryFields(
    double? Latitude = null,
    double? Longitude = null,
    string? Country = null,
    string? AdminArea = null,
    string? PlaceName = null,
    DateOnly? RecoveredOn = null,
    DateOnly? DocumentedOn = null,
    string? Circumstances = null,
    SourceType SourceType = SourceType.FieldDocumentation,
    string? DocumentedBy = null);
