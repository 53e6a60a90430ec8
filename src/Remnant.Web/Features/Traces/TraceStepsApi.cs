using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

/// <summary>One endpoint per step: <c>POST /traces/{id}/send|acknowledge|answer|refuse|no-response|remind</c>.
/// A date left out is today. A step the request's status does not allow is a 400 naming
/// <c>status</c>; a date before an earlier step is a 400 naming that date.</summary>
internal static class TraceStepsApi
{
    public static void MapTraceSteps(this RouteGroupBuilder group, int reminderDays)
    {
        group.MapPost("/{id}/send", ([AsParameters] Ctx c, string id, SendBody? body) => Step(c, reminderDays, id, TraceStep.Send, body?.SentOn, null))
            .WithSummary("draft → sent, on sentOn.");
        group.MapPost("/{id}/acknowledge", ([AsParameters] Ctx c, string id, AcknowledgeBody? body) => Step(c, reminderDays, id, TraceStep.Acknowledge, body?.AcknowledgedOn, null))
            .WithSummary("sent → acknowledged, on acknowledgedOn.");
        group.MapPost("/{id}/refuse", ([AsParameters] Ctx c, string id, RefuseBody? body) => Step(c, reminderDays, id, TraceStep.Refuse, body?.RefusedOn, body?.Reason))
            .WithSummary("sent or acknowledged (or closed unanswered) → refused, on refusedOn, with the reason given.");
        group.MapPost("/{id}/no-response", ([AsParameters] Ctx c, string id, NoResponseBody? body) => Step(c, reminderDays, id, TraceStep.NoResponse, body?.NoResponseOn, null))
            .WithSummary("sent or acknowledged → no response, closed on noResponseOn.");
        group.MapPost("/{id}/remind", ([AsParameters] Ctx c, string id, RemindBody? body) => Step(c, reminderDays, id, TraceStep.Remind, body?.RemindedOn, body?.Note))
            .WithSummary("Logs a reminder sent on remindedOn; the next one falls due the configured number of days later.");
        group.MapPost("/{id}/answer", ([AsParameters] Ctx c, string id, AnswerBody? body) => Answer(c, reminderDays, id, body))
            .WithSummary("sent or acknowledged (or closed unanswered: a late answer) → answered, on answeredOn. Each entry of transfers is recorded as a transfer sourced from this answer; all or nothing.");
    }

    /// <summary>What every step endpoint needs from the request's services.</summary>
    internal sealed record Ctx(RemnantDbContext Db, TimeProvider Clock, IOptions<RemnantOptions> Options, CancellationToken Ct)
    {
        public string Actor => Options.Value.Operator;
    }

    private static async Task<Results<Ok<TraceDto>, ProblemHttpResult, ValidationProblem>> Step(Ctx c, int reminderDays, string id,
        TraceStep step, DateOnly? on, string? text)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var errors = await TraceSteps.RunAsync(c.Db, c.Clock, c.Actor, id, step, on, text, c.Ct);
        return await Reply(c, reminderDays, id, errors);
    }

    private static async Task<Results<Ok<TraceDto>, ProblemHttpResult, ValidationProblem>> Answer(Ctx c, int reminderDays, string id, AnswerBody? body)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var errors = await TraceAnswers.RecordAsync(c.Db, c.Clock, c.Actor, id, body ?? new AnswerBody(null, null, null, null), c.Ct);
        return await Reply(c, reminderDays, id, errors);
    }

    private static async Task<Results<Ok<TraceDto>, ProblemHttpResult, ValidationProblem>> Reply(Ctx c, int reminderDays, string id, ValidationErrors? errors)
    {
        if (errors is null) return ApiProblems.NotFound("Trace request", id);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var request = await c.Db.TraceRequests.AsNoTracking().FirstAsync(t => t.Id == id, c.Ct);
        return TypedResults.Ok(await TraceDto.LoadAsync(c.Db, request, reminderDays, TransfersApi.Today(c.Clock), c.Ct));
    }
}
