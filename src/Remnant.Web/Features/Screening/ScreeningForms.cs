using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;

namespace Remnant.Web.Features.Screening;

/// <summary>The form post behind the confirm and rule-out buttons of a party's screening flags.</summary>
internal static class ScreeningForms
{
    public static void MapScreeningForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/parties/{id}/screening/decision", async (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, string id,
            [FromForm] string? list, [FromForm] string? stableId, [FromForm] string? decision, [FromForm] string? note, CancellationToken ct) =>
        {
            // Only a flag the party has can be decided on: the form's hidden fields are not trusted.
            var flag = await db.PartyScreeningFlags.AsNoTracking().FirstOrDefaultAsync(f => f.PartyId == id && f.Source == list && f.StableId == stableId, ct);
            if (flag is null) return Results.Problem(statusCode: 404, title: "No such screening flag on this party.");
            if (decision is not ("true-match" or "false-positive"))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = ["Must be true-match or false-positive."] });
            if (note is { Length: > 2000 })
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["note"] = ["Must be at most 2000 characters."] });
            await SanctionsIndex.DecideAsync(db, "party:" + id, flag.Source, flag.StableId, decision, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
                options.Value.Operator, clock.GetUtcNow(), ct);
            return Results.LocalRedirect($"/parties/{Uri.EscapeDataString(id)}");
        }).ExcludeFromDescription();
}
