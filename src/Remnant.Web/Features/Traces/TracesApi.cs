using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;
using Remnant.Web.Features.Parties;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

internal static class TracesApi
{
    public static void MapTracesApi(this RouteGroupBuilder api)
    {
        var reminderDays = TracingSettings.ReminderDays(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>());
        var group = api.MapGroup("/traces").WithTags("Traces");
        group.MapGet("/", (RemnantDbContext db, TimeProvider clock, string? status, bool? open, bool? overdue, string? recipientPartyId,
            bool? includeRetracted, int? page, int? pageSize, CancellationToken ct) =>
            List(db, clock, reminderDays, status, open, overdue, recipientPartyId, includeRetracted, page, pageSize, ct))
            .WithSummary($"Trace requests; open=true keeps those awaiting a reply, overdue=true those whose reminder is due ({TracingSettings.ReminderDaysKey} days without an answer).");
        group.MapGet("/stats", (RemnantDbContext db, CancellationToken ct) => TraceStats.LoadAsync(db, ct))
            .WithSummary("Per recipient country and per party: requests sent, answers, refusals, no response, response rate and median days to answer, each with its denominator. Drafts are not counted.");
        group.MapGet("/{id}", async Task<Results<Ok<TraceDto>, ProblemHttpResult, ValidationProblem>> (RemnantDbContext db, TimeProvider clock, string id, CancellationToken ct) =>
        {
            if (!Ids.IsValid(id)) return ApiProblems.BadId();
            var found = await db.TraceRequests.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
            return found is null ? ApiProblems.NotFound("Trace request", id)
                : TypedResults.Ok(await TraceDto.LoadAsync(db, found, reminderDays, TransfersApi.Today(clock), ct));
        });
        group.MapPost("/", (RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, TraceRequestBody body, CancellationToken ct) =>
            Create(db, clock, options.Value.Operator, reminderDays, body, ct)).WithSummary("Records a trace request as a draft.");
        group.MapPut("/{id}", (RemnantDbContext db, TimeProvider clock, string id, TraceRequestBody body, CancellationToken ct) =>
            Update(db, clock, reminderDays, id, body, ct)).WithSummary("Changes a request; its recipient and items are fixed once it was sent.");
        var clock = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<TimeProvider>();
        group.MapRetract<TraceRequest, TraceDto>("Trace request", (db, t, ct) => TraceDto.LoadAsync(db, t, reminderDays, TransfersApi.Today(clock), ct));
        group.MapTraceSteps(reminderDays);
    }

    private static async Task<Results<Ok<PageOf<TraceDto>>, ValidationProblem>> List(RemnantDbContext db, TimeProvider clock, int reminderDays,
        string? status, bool? open, bool? overdue, string? recipientPartyId, bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        var statusValue = KebabEnum.Read<TraceStatus>(status, "status", errors);
        if (recipientPartyId is not null && !Ids.IsValid(recipientPartyId)) errors.Add("recipientPartyId", "Not a valid id.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var today = TransfersApi.Today(clock);
        var rows = await TraceQuery.ListAsync(db, new TraceFilter(statusValue, open == true || overdue == true, overdue == true, recipientPartyId,
            includeRetracted == true), reminderDays, today, ct);
        var pageRows = rows.Skip(paging.Skip).Take(paging.PageSize).ToList();
        return TypedResults.Ok(new PageOf<TraceDto>(pageRows, paging.Page, paging.PageSize, rows.Count));
    }

    private static async Task<Results<Created<TraceDto>, ValidationProblem>> Create(RemnantDbContext db, TimeProvider clock, string actor,
        int reminderDays, TraceRequestBody body, CancellationToken ct)
    {
        var request = new TraceRequest { Id = Ids.New("trace", clock), RecipientPartyId = string.Empty, CreatedAt = clock.GetUtcNow(), CreatedBy = actor };
        var errors = await TraceQuery.ApplyAsync(db, request, body.ToFields(), ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        db.TraceRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/traces/{request.Id}", await TraceDto.LoadAsync(db, request, reminderDays, TransfersApi.Today(clock), ct));
    }

    private static async Task<Results<Ok<TraceDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, TimeProvider clock,
        int reminderDays, string id, TraceRequestBody body, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var request = await db.TraceRequests.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (request is null) return ApiProblems.NotFound("Trace request", id);
        var errors = await TraceQuery.ApplyAsync(db, request, body.ToFields(), ct);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await TraceDto.LoadAsync(db, request, reminderDays, TransfersApi.Today(clock), ct));
    }
}
