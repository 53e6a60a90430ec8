using Remnant.Web.Features.Cases;
using Remnant.Web.Features.Custody;
using Remnant.Web.Features.Decoding;
using Remnant.Web.Features.Evidence;
using Remnant.Web.Features.History;
using Remnant.Web.Features.Items;
using Remnant.Web.Features.Links;
using Remnant.Web.Features.Markings;
using Remnant.Web.Features.Parties;
using Remnant.Web.Features.Recoveries;
using Remnant.Web.Features.Traces;
using Remnant.Web.Features.Transfers;
using Remnant.Web.Features.Search;
using Remnant.Web.Features.Screening;

namespace Remnant.Web.Features;

internal static class RemnantApi
{
    /// <summary>Every REST endpoint group under <c>/api/v1</c>, one per feature.</summary>
    public static void MapRemnantApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapCasesApi();
        api.MapRecoveriesApi();
        api.MapItemsApi();
        api.MapMarkingsApi();
        api.MapCustodyApi();
        api.MapEvidenceApi();
        api.MapHistoryApi();
        api.MapDecodeApi();
        api.MapPartiesApi();
        api.MapTransfersApi();
        api.MapTracesApi();
        api.MapSearchApi();
        api.MapLinksApi();
        api.MapScreeningApi();
        app.MapYenteMatchApi();
    }
}
