using Microsoft.AspNetCore.Mvc;
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
            if (!ListSources.TryParse(list, out var source) || index.Index?.Find(source, stableId) is not { } party)
                return Results.Problem(statusCode: 404, title: "No such listing.");
            if (!SanctionsIndex.IsDecision(decision)) return InvalidDecision();
            await SanctionsIndex.DecideAsync(db, ScreeningApi.Subject(name), source.ToCode(), party.StableId, decision!, null, options.Value.Operator, clock.GetUtcNow(), ct);
            var back = $"/screen?name={Uri.EscapeDataString(name)}" + (string.IsNullOrEmpty(schema) ? "" : $"&schema={Uri.EscapeDataString(schema)}");
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();

    private static IResult InvalidDecision() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = [ScreeningApi.DecisionRule] });

    private static void MapPartyDecision(IEndpointRouteBuilder app) =>
        app.MapPost("/parties/{id}/screening/decision", async (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, string id,
            [FromForm] string? list, [FromForm] string? stableId, [FromForm] string? decision, [FromForm] string? note, CancellationToken ct) =>
        {
            if (!SanctionsIndex.IsDecision(decision)) return InvalidDecision();
            if (note is { Length: > 2000 })
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["note"] = ["Must be at most 2000 characters."] });
            // Only a flag the party has can be decided on: the form's hidden fields are not trusted.
            var recorded = await SanctionsIndex.DecideAsync(db, "party:" + id, list ?? "", stableId ?? "", decision!, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
                options.Value.Operator, clock.GetUtcNow(), ct, flagRequired: true);
            return recorded ? Results.LocalRedirect($"/parties/{Uri.EscapeDataString(id)}") : Results.Problem(statusCode: 404, title: "No such screening flag on this party.");
        }).ExcludeFromDescription();
}
