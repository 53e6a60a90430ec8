using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Decoding;
using Remnant.Data.Storage;
using Remnant.Domain.Decoding;
using Remnant.Domain.Markings;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Decoding;

/// <summary>A marking's stored decode, the analyst's accept and reject (kept with who and when),
/// and a fresh decode on request (after a reference table was corrected, say).</summary>
internal static class InterpretationsApi
{
    public static void MapInterpretationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/markings/{id}/interpretations", List).WithTags("Decoding");
        api.MapPost("/markings/{id}/decode", Redecode).WithTags("Decoding");
        api.MapPost("/interpretations/{id}/accept", (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> o, string id, DecisionRequest? body, CancellationToken ct) =>
            DecideAsync(db, clock, o.Value.Operator, id, InterpretationDecision.Accepted, body?.Note, ct)).WithTags("Decoding");
        api.MapPost("/interpretations/{id}/reject", (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> o, string id, DecisionRequest? body, CancellationToken ct) =>
            DecideAsync(db, clock, o.Value.Operator, id, InterpretationDecision.Rejected, body?.Note, ct)).WithTags("Decoding");
    }

    private static async Task<Results<Ok<List<InterpretationDto>>, ProblemHttpResult, ValidationProblem>> List(RemnantDbContext db, string id,
        bool? includeSuperseded, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        if (!await db.Markings.AnyAsync(m => m.Id == id, ct)) return ApiProblems.NotFound("Marking", id);
        var query = db.MarkingInterpretations.AsNoTracking().Where(i => i.MarkingId == id);
        if (includeSuperseded != true) query = query.Where(i => i.SupersededAt == null);
        var rows = await query.ToListAsync(ct);
        return TypedResults.Ok(rows.OrderBy(r => r.DecodedAt).ThenBy(r => r.Rank).Select(InterpretationDto.Of).ToList());
    }

    internal static async Task<Results<Ok<InterpretationDto>, ProblemHttpResult, ValidationProblem>> DecideAsync(RemnantDbContext db, TimeProvider clock,
        string actor, string id, InterpretationDecision decision, string? note, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var line = await db.MarkingInterpretations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (line is null) return ApiProblems.NotFound("Interpretation", id);
        var errors = line.Decide(decision, note, actor, clock.GetUtcNow());
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(InterpretationDto.Of(line));
    }

    private static async Task<Results<Ok<List<InterpretationDto>>, ProblemHttpResult, ValidationProblem>> Redecode(RemnantDbContext db,
        MarkingDecoder decoder, TimeProvider clock, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var marking = await db.Markings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (marking is null) return ApiProblems.NotFound("Marking", id);
        var current = await db.MarkingInterpretations.Where(i => i.MarkingId == id && i.SupersededAt == null).ToListAsync(ct);
        if (current.Any(i => i.Decision is not null))
            return ApiProblems.Invalid("id", "The analyst has decided on a reading of this marking: that decode stays current.");
        var now = clock.GetUtcNow();
        foreach (var line in current) line.SupersededAt = now;
        var (context, summary) = await DecodingInterceptor.ContextOfAsync(db, marking.ItemId, DateOnly.FromDateTime(now.UtcDateTime), ct);
        var lines = MarkingInterpretation.FromResult(decoder.Decode(marking.Text, context), marking.Id, () => Ids.New("interp", clock), now, summary);
        db.MarkingInterpretations.AddRange(lines);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(lines.Select(InterpretationDto.Of).ToList());
    }
}
