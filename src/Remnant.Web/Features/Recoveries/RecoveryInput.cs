using Remnant.Domain.Recoveries;
using Remnant.Domain.Validation;
using Remnant.Web.Components.Forms;

namespace Remnant.Web.Features.Recoveries;

/// <summary>The recovery form as posted: text, read into <see cref="RecoveryFields"/> for the domain.</summary>
internal sealed class RecoveryInput
{
    public string? CaseId { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Country { get; set; }
    public string? AdminArea { get; set; }
    public string? PlaceName { get; set; }
    public string? RecoveredOn { get; set; }
    public string? DocumentedOn { get; set; }
    public string? Circumstances { get; set; }
    public string? SourceType { get; set; } = nameof(Domain.Recoveries.SourceType.FieldDocumentation);
    public string? DocumentedBy { get; set; }

    public static RecoveryInput From(Recovery r) => new()
    {
        CaseId = r.CaseId, Latitude = FormParse.Text(r.Latitude), Longitude = FormParse.Text(r.Longitude), Country = r.Country,
        AdminArea = r.AdminArea, PlaceName = r.PlaceName, RecoveredOn = FormParse.Text(r.RecoveredOn),
        DocumentedOn = FormParse.Text(r.DocumentedOn), Circumstances = r.Circumstances, SourceType = r.SourceType.ToString(),
        DocumentedBy = r.DocumentedBy,
    };

    /// <summary>The typed fields; values that cannot be read are added to <paramref name="errors"/>.</summary>
    public RecoveryFields ToFields(ValidationErrors errors) => new(
        FormParse.Number(Latitude, "latitude", errors),
        FormParse.Number(Longitude, "longitude", errors),
        Country, AdminArea, PlaceName,
        FormParse.Date(RecoveredOn, "recoveredOn", errors),
        FormParse.Date(DocumentedOn, "documentedOn", errors),
        Circumstances,
        FormParse.Choice(SourceType, "sourceType", errors, Domain.Recoveries.SourceType.FieldDocumentation),
        DocumentedBy);
}
