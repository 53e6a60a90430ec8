using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Markings;
using Remnant.Web.Features.Decoding;

namespace Remnant.Web.Features.Dating;

/// <summary>The accept and reject buttons of the dating panel: a plain form post (antiforgery
/// checked by the framework) that records the decision and returns to the page it came from.</summary>
internal static class DecisionEndpoint
{
    public static void MapDecisionEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/dating/decide", DecideAsync).ExcludeFromDescription();

    private static async Task<IResult> DecideAsync(RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options,
        [FromForm] string? id, [FromForm] string? decision, [FromForm] string? note, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var back = IsLocal(returnUrl) ? returnUrl! : "/";
        if (!Enum.TryParse<InterpretationDecision>(decision, ignoreCase: true, out var choice))
            return Results.LocalRedirect(WithError(back, "Unknown decision."));
        var result = await InterpretationsApi.DecideAsync(db, clock, options.Value.Operator, id ?? "", choice, note, ct);
        return result.Result switch
        {
            Microsoft.AspNetCore.Http.HttpResults.Ok<InterpretationDto> => Results.LocalRedirect(back),
            Microsoft.AspNetCore.Http.HttpResults.ValidationProblem problem => Results.LocalRedirect(WithError(back,
                string.Join(" ", problem.ProblemDetails.Errors.SelectMany(e => e.Value)))),
            _ => Results.LocalRedirect(WithError(back, "That reading no longer exists.")),
        };
    }

    // Only paths of this site: never an absolute or protocol-relative address.
    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'));

    private static string WithError(string url, string error) =>
        url + (url.Contains('?') ? "&" : "?") + "datingError=" + Uri.EscapeDataString(error);
}
