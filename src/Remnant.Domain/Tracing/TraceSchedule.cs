namespace Remnant.Domain.Tracing;

/// <summary>When a trace request needs a reminder: a set number of days after it was sent, or
/// after the last reminder, while no answer, refusal or closing has come. An acknowledgement is
/// not an answer and does not stop the count.</summary>
public static class TraceSchedule
{
    /// <summary>Days without an answer before a reminder is due, unless configured otherwise.</summary>
    public const int DefaultReminderDays = 30;

    /// <summary>Bounds for the configured number of days.</summary>
    public const int MinReminderDays = 1, MaxReminderDays = 3650;

    /// <summary>The day a reminder falls due, or null when none is (draft, answered, refused, closed).</summary>
    public static DateOnly? ReminderDueOn(TraceRequest request, DateOnly? lastReminderOn, int reminderDays)
    {
        if (reminderDays is < MinReminderDays or > MaxReminderDays) throw new ArgumentOutOfRangeException(nameof(reminderDays));
        if (!request.IsOpen || request.SentOn is not { } sent || request.RetractedAt is not null) return null;
        var since = lastReminderOn is { } last && last > sent ? last : sent;
        return since.AddDays(reminderDays);
    }

    /// <summary>True when a reminder is due on or before <paramref name="today"/>.</summary>
    public static bool IsOverdue(TraceRequest request, DateOnly? lastReminderOn, int reminderDays, DateOnly today) =>
        ReminderDueOn(request, lastReminderOn, reminderDays) is { } due && due <= today;

    /// <summary>Days from sending to the answer, for an answered request.</summary>
    public static int? DaysToAnswer(TraceRequest request) =>
        request is { Status: TraceStatus.Answered, SentOn: { } sent, AnsweredOn: { } answered } ? answered.DayNumber - sent.DayNumber : null;
}
