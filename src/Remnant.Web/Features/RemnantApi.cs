namespace Remnant.Web.Features;

internal static class RemnantApi
{
    /// <summary>Every REST endpoint group under <c>/api/v1</c>, one per feature.</summary>
    public static void MapRemnantApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
    }
}
