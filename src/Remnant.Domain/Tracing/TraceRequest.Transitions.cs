using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

public sealed partial class TraceRequest
{
    // draft -> sent -> acknowledged -> answered | refused | no response. An answer or a refusal may
    // still come after the request was closed as unanswered; it is recorded then, late.
    private static readonly TraceStatus[] Awaiting = [TraceStatus.Sent, TraceStatus.Acknowledged];
    private static readonly TraceStatus[] Replyable = [TraceStatus.Sent, TraceStatus.Acknowledged, TraceStatus.NoResponse];

    /// <summary>Sends a draft. <paramref name="on"/> defaults to today.</summary>
    public ValidationErrors Send(DateOnly? on, DateOnly today) => Step("sentOn", on, today, [TraceStatus.Draft], "sent", day =>
    {
        Status = TraceStatus.Sent;
        SentOn = day;
    });

    /// <summary>Records the recipient's acknowledgement.</summary>
    public ValidationErrors Acknowledge(DateOnly? on, DateOnly today) => Step("acknowledgedOn", on, today, [TraceStatus.Sent], "acknowledged", day =>
    {
        Status = TraceStatus.Acknowledged;
        AcknowledgedOn = day;
    });

    /// <summary>Records the answer; the transfers it reports are recorded by the caller.</summary>
    public ValidationErrors Answer(DateOnly? on, string? summary, DateOnly today)
    {
        var errors = new ValidationErrors();
        var cleaned = TextRules.Clean(summary, "summary", errors, TextRules.LongMax, multiline: true);
        return errors.Merge(Step("answeredOn", on, today, Replyable, "answered", day =>
        {
            Status = TraceStatus.Answered;
            AnsweredOn = day;
            AnswerSummary = cleaned;
        }, errors.IsValid));
    }

    /// <summary>Records a refusal to answer.</summary>
    public ValidationErrors Refuse(DateOnly? on, string? reason, DateOnly today)
    {
        var errors = new ValidationErrors();
        var cleaned = TextRules.Clean(reason, "reason", errors, TextRules.LongMax, multiline: true);
        return errors.Merge(Step("refusedOn", on, today, Replyable, "refused", day =>
        {
            Status = TraceStatus.Refused;
            RefusedOn = day;
            RefusalReason = cleaned;
        }, errors.IsValid));
    }

    /// <summary>Closes the request as unanswered.</summary>
    public ValidationErrors CloseUnanswered(DateOnly? on, DateOnly today) => Step("noResponseOn", on, today, Awaiting, "closed as unanswered", day =>
    {
        Status = TraceStatus.NoResponse;
        NoResponseOn = day;
    });

    /// <summary>Checks a reminder sent on <paramref name="on"/> (default today) after the last one.</summary>
    public ValidationErrors CheckReminder(DateOnly? on, DateOnly? lastReminderOn, DateOnly today)
    {
        var errors = Step("remindedOn", on, today, Awaiting, "reminded", _ => { }, applyWhenValid: false);
        if (errors.IsValid && lastReminderOn is { } last && (on ?? today) < last)
            errors.Add("remindedOn", $"Before the last reminder ({last:yyyy-MM-dd}).");
        return errors;
    }

    private ValidationErrors Step(string field, DateOnly? on, DateOnly today, TraceStatus[] from, string verb, Action<DateOnly> apply, bool applyWhenValid = true)
    {
        var errors = new ValidationErrors();
        var day = on ?? today;
        if (RetractedAt is not null) errors.Add("status", "The request was retracted.");
        else if (!from.Contains(Status)) errors.Add("status", CannotBe(verb));
        else if (day > today) errors.Add(field, "Cannot be in the future.");
        else if (SentOn is { } sent && day < sent && Status != TraceStatus.Draft) errors.Add(field, $"Before the request was sent ({sent:yyyy-MM-dd}).");
        else if (AcknowledgedOn is { } ack && day < ack && field is not "remindedOn") errors.Add(field, $"Before the request was acknowledged ({ack:yyyy-MM-dd}).");
        if (errors.IsValid && applyWhenValid) apply(day);
        return errors;
    }

    private string CannotBe(string verb) => Status switch
    {
        TraceStatus.Draft => $"A draft cannot be {verb}: it was never sent.",
        TraceStatus.Answered => $"Already answered on {AnsweredOn:yyyy-MM-dd}; it cannot be {verb}.",
        TraceStatus.Refused => $"Already refused on {RefusedOn:yyyy-MM-dd}; it cannot be {verb}.",
        TraceStatus.NoResponse => $"Closed as unanswered on {NoResponseOn:yyyy-MM-dd}; it cannot be {verb}.",
        TraceStatus.Acknowledged => $"Already acknowledged on {AcknowledgedOn:yyyy-MM-dd}; it cannot be {verb}.",
        _ => $"Already sent on {SentOn:yyyy-MM-dd}; it cannot be {verb}.",
    };
}
