using Remnant.Web.Features.Evidence;
using Remnant.Web.Features.Retractions;

namespace Remnant.Web.Features;

internal static class RemnantForms
{
    /// <summary>The plain form posts of the pages (file upload, retraction) and the file download,
    /// outside the REST API and its OpenAPI document.</summary>
    public static void MapRemnantForms(this IEndpointRouteBuilder app)
    {
        app.MapEvidenceForms();
        app.MapRetractForms();
    }
}
