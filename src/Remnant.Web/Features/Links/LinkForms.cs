using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Linkage;

namespace Remnant.Web.Features.Links;

/// <summary>The form post behind the confirm and dismiss buttons of the pages.</summary>
internal static class LinkForms
{
    public static void MapLinkForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/links/{id}/decision", async (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, string id,
            [FromForm] string? decision, [FromForm] string? note, [FromForm] string? returnUrl, CancellationToken ct) =>
        {
            var verdict = decision switch { "confirmed" => LinkDecision.Confirmed, "dismissed" => LinkDecision.Dismissed, _ => LinkDecision.Open };
            var result = await LinksApi.Decide(db, clock, options.Value.Operator, id, verdict, note, ct);
            if (result.Result is not Microsoft.AspNetCore.Http.HttpResults.Ok<LinkDto>) return result.Result;
            // Only local paths: the form must not become an open redirect.
            var back = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/links";
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();
}
