using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

internal sealed record TraceReminderDto(string Id, DateOnly RemindedOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A trace request with its reminders, when the next reminder is due, and the transfers its answer reported.</summary>
internal sealed record TraceDto(string Id, PartyRef Recipient, string? Reference, string? Questions, IReadOnlyList<string> ItemIds,
    TraceStatus Status, DateOnly? SentOn, DateOnly? AcknowledgedOn, DateOnly? AnsweredOn, string? AnswerSummary, DateOnly? RefusedOn,
    string? RefusalReason, DateOnly? NoResponseOn, string? Notes, IReadOnlyList<TraceReminderDto> Reminders, DateOnly? ReminderDueOn,
    bool Overdue, int? DaysToAnswer, IReadOnlyList<string> TransferIds, DateTimeOffset CreatedAt, string? CreatedBy,
    DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static async Task<TraceDto> LoadAsync(RemnantDbContext db, TraceRequest t, int reminderDays, DateOnly today, CancellationToken ct)
    {
        var reminders = await db.TraceReminders.AsNoTracking().Where(r => r.TraceRequestId == t.Id)
            .OrderBy(r => r.RemindedOn).ThenBy(r => r.Id).ToListAsync(ct);
        var transfers = await db.Transfers.AsNoTracking().Where(x => x.TraceRequestId == t.Id && x.RetractedAt == null)
            .OrderBy(x => x.StartDate).ThenBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        var parties = await ChainQuery.PartiesAsync(db, [t.RecipientPartyId], ct);
        return From(t, PartyRef.Of(t.RecipientPartyId, parties), reminders, transfers, reminderDays, today);
    }

    public static TraceDto From(TraceRequest t, PartyRef recipient, IReadOnlyList<TraceReminder> reminders, IReadOnlyList<string> transferIds,
        int reminderDays, DateOnly today)
    {
        var last = reminders.Count == 0 ? (DateOnly?)null : reminders.Max(r => r.RemindedOn);
        return new TraceDto(t.Id, recipient, t.Reference, t.Questions, t.ItemIds, t.Status, t.SentOn, t.AcknowledgedOn, t.AnsweredOn,
            t.AnswerSummary, t.RefusedOn, t.RefusalReason, t.NoResponseOn, t.Notes,
            reminders.Select(r => new TraceReminderDto(r.Id, r.RemindedOn, r.Note, r.RecordedBy, r.RecordedAt)).ToList(),
            TraceSchedule.ReminderDueOn(t, last, reminderDays), TraceSchedule.IsOverdue(t, last, reminderDays, today),
            TraceSchedule.DaysToAnswer(t), transferIds, t.CreatedAt, t.CreatedBy, t.RetractedAt, t.RetractedBy, t.RetractionReason);
    }
}

internal sealed record TraceRequestBody(string? RecipientPartyId, string? Reference, string? Questions, string?[]? ItemIds, string? Notes)
{
    public TraceRequestFields ToFields() => new(RecipientPartyId, Reference, Questions, ItemIds, Notes);
}

internal sealed record SendBody(DateOnly? SentOn);
internal sealed record AcknowledgeBody(DateOnly? AcknowledgedOn);
internal sealed record RefuseBody(DateOnly? RefusedOn, string? Reason);
internal sealed record NoResponseBody(DateOnly? NoResponseOn);
internal sealed record RemindBody(DateOnly? RemindedOn, string? Note);

/// <summary>An answer: its date and summary, the answer letter(s) as evidence files, and the
/// transfers it reports. Each transfer defaults to <c>from</c> = the party asked and
/// <c>itemIds</c> = the items asked about; give <c>transferId</c> to update a recorded transfer.</summary>
internal sealed record AnswerBody(DateOnly? AnsweredOn, string? Summary, string?[]? EvidenceFileIds, AnswerTransferBody?[]? Transfers);

internal sealed record AnswerTransferBody(string? TransferId, string? FromPartyId, string? ToPartyId, DateOnly? StartDate, DateOnly? EndDate,
    string?[]? ItemIds, string? LotNumber, string? SerialFrom, string? SerialTo, Confidence? Confidence, string? Licence, string? Notes);
