using Remnant.Domain.Geography;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Recoveries;

public sealed partial class Recovery
{
    /// <summary>Checks <paramref name="fields"/> against today's date and, when all pass, applies
    /// them. Every failing field is reported at once; nothing is applied on failure.</summary>
    public static ValidationErrors Apply(Recovery target, RecoveryFields fields, DateOnly today)
    {
        var errors = new ValidationErrors();
        var latitude = fields.Latitude;
        var longitude = fields.Longitude;
        if (latitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90))
            errors.Add("latitude", "Latitude must be between -90 and 90 degrees.");
        if (longitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180))
            errors.Add("longitude", "Longitude must be between -180 and 180 degrees.");
        if (latitude.HasValue != longitude.HasValue)
            errors.Add(latitude.HasValue ? "longitude" : "latitude", "Give both latitude and longitude, or neither.");

        string? country = null;
        if (!string.IsNullOrWhiteSpace(fields.Country))
        {
            if (CountryCode.TryParse(fields.Country, out var code)) country = code.Value;
            else errors.Add("country", $"'{fields.Country.Trim()}' is not an ISO 3166-1 alpha-2 country code.");
        }

        if (fields.RecoveredOn > today) errors.Add("recoveredOn", "Cannot be after today.");
        if (fields.DocumentedOn > today) errors.Add("documentedOn", "Cannot be after today.");
        if (fields.RecoveredOn is { } r && fields.DocumentedOn is { } d && d < r)
            errors.Add("documentedOn", "Cannot be before the recovery date: an item is documented after it is recovered.");
        if (!Enum.IsDefined(fields.SourceType)) errors.Add("sourceType", "Unknown source type.");

        var admin = TextRules.Clean(fields.AdminArea, "adminArea", errors);
        var place = TextRules.Clean(fields.PlaceName, "placeName", errors);
        var circumstances = TextRules.Clean(fields.Circumstances, "circumstances", errors, TextRules.LongMax, multiline: true);
        var documentedBy = TextRules.Clean(fields.DocumentedBy, "documentedBy", errors);
        if (!errors.IsValid) return errors;

        target.Latitude = latitude;
        target.Longitude = longitude;
        target.Country = country;
        target.AdminArea = admin;
        target.PlaceName = place;
        target.RecoveredOn = fields.RecoveredOn;
        target.DocumentedOn = fields.DocumentedOn;
        target.Circumstances = circumstances;
        target.SourceType = fields.SourceType;
        target.DocumentedBy = documentedBy;
        return errors;
    }

    /// <summary>The fields as they stand, to compare with a repeated import row.</summary>
    public RecoveryFields ToFields() => new(Latitude, Longitude, Country, AdminArea, PlaceName,
        RecoveredOn, DocumentedOn, Circumstances, SourceType, DocumentedBy);
}
