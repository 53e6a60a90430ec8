using Remnant.Domain.History;

namespace Remnant.Domain.Recoveries;

/// <summary>Where and when materiel was recovered, and how that is known.</summary>
public sealed partial class Recovery : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The case it belongs to (<see cref="Cases.Case.UnassignedId"/> when none was given).</summary>
    public required string CaseId { get; set; }

    /// <summary>WGS 84 latitude in degrees, -90..90.</summary>
    public double? Latitude { get; set; }

    /// <summary>WGS 84 longitude in degrees, -180..180.</summary>
    public double? Longitude { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where it was recovered.</summary>
    public string? Country { get; set; }

    /// <summary>Province, oblast, governorate.</summary>
    public string? AdminArea { get; set; }

    /// <summary>Town, village or site name.</summary>
    public string? PlaceName { get; set; }

    /// <summary>The day it was recovered.</summary>
    public DateOnly? RecoveredOn { get; set; }

    /// <summary>The day it was documented; never before it was recovered.</summary>
    public DateOnly? DocumentedOn { get; set; }

    /// <summary>Circumstances, e.g. "strike of 18 Aug 2024".</summary>
    public string? Circumstances { get; set; }

    /// <summary>Where the documentation comes from.</summary>
    public SourceType SourceType { get; set; }

    /// <summary>Who documented it.</summary>
    public string? DocumentedBy { get; set; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }
}
