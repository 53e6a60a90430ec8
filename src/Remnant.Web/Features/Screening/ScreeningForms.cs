using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Web.Features.Screening;

/// <summary>The form posts behind the confirm and rule-out buttons of a party's screening flags and of the screen page's hits.</summary>
internal static class ScreeningForms
{
    public static void MapScreeningForms(this IEndpointRouteBuilder app)
    {
        MapPartyDecision(app);
        MapNameDecision(app);
    }

    /// <summary>A decision on a hit for a name screened on the screen page: kept for that name (by its fold
    /// key), shown whenever the name is screened again, in any later list release.</summary>
    private static void MapNameDecision(IEndpointRouteBuilder app) =>
        app.MapPost("/screen/decision", async (RemnantDbContext db, SanctionsIndex index, TimeProvider clock, IOptions<RemnantOptions> options,
            [FromForm] string? name, [FromForm] string? schema, [FromForm] string? list, [FromForm] string? stableId, [FromForm] string? decision, CancellationToken ct) =>
        {
            await index.EnsureAsync(db, ct);
            if (string.IsNullOrWhiteSpace(name) || name.Length > ScreeningQuery.MaxNameLength)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Is required, at most 300 characters."] });
            // Only a listing that exists can be decided on: the form's hidden fields are not trusted.
            if (!ListSources.TryParse(list, out var source) || index.Index?.Parties.Any(p => p.Source == source && p.StableId == stableId) != true)
                return Results.Problem(statusCode: 404, title: "No such listing.");
            if (decision is not ("true-match" or "false-positive"))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = ["Must be true-match or false-positive."] });
            await SanctionsIndex.DecideAsync(db, ScreeningApi.Subject(name), source.ToCode(), stableId!, decision, null, options.Value.Operator, clock.GetUtcNow(), ct);
            var back = $"/screen?name={Uri.EscapeDataString(name)}" + (string.IsNullOrEmpty(schema) ? "" : $"&schema={Uri.EscapeDataString(schema)}");
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();

    private static void MapPartyDecision(IEndpointRouteBuilder app) =>
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
