using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

/// <summary>The steps of a trace request other than the answer, shared by the API and the request page.</summary>
internal enum TraceStep { Send, Acknowledge, Refuse, NoResponse, Remind }

internal static class TraceSteps
{
    /// <summary>Runs <paramref name="step"/> and saves it; null when there is no such request.</summary>
    public static async Task<ValidationErrors?> RunAsync(RemnantDbContext db, TimeProvider clock, string actor, string id, TraceStep step,
        DateOnly? on, string? text, CancellationToken ct)
    {
        var request = await db.TraceRequests.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (request is null) return null;
        var today = TransfersApi.Today(clock);
        var errors = step switch
        {
            TraceStep.Send => request.Send(on, today),
            TraceStep.Acknowledge => request.Acknowledge(on, today),
            TraceStep.Refuse => request.Refuse(on, text, today),
            TraceStep.NoResponse => request.CloseUnanswered(on, today),
            _ => await RemindAsync(db, clock, actor, request, on, text, ct),
        };
        if (errors.IsValid) await db.SaveChangesAsync(ct);
        return errors;
    }

    private static async Task<ValidationErrors> RemindAsync(RemnantDbContext db, TimeProvider clock, string actor, TraceRequest request,
        DateOnly? on, string? note, CancellationToken ct)
    {
        var last = await db.TraceReminders.Where(r => r.TraceRequestId == request.Id)
            .OrderByDescending(r => r.RemindedOn).Select(r => (DateOnly?)r.RemindedOn).FirstOrDefaultAsync(ct);
        var today = TransfersApi.Today(clock);
        var errors = request.CheckReminder(on, last, today);
        var cleaned = TextRules.Clean(note, "note", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;
        db.TraceReminders.Add(new TraceReminder
        {
            Id = Ids.New("rem", clock), TraceRequestId = request.Id, RemindedOn = on ?? today, Note = cleaned,
            RecordedBy = actor, RecordedAt = clock.GetUtcNow(),
        });
        return errors;
    }
}
