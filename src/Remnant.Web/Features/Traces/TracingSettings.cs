using Remnant.Domain.Tracing;

namespace Remnant.Web.Features.Traces;

/// <summary><c>Tracing:ReminderDays</c> (default 30): days without an answer before a reminder is
/// due. Read when the API is mapped, so a bad value stops the app at start with this message.</summary>
internal static class TracingSettings
{
    public const string ReminderDaysKey = "Tracing:ReminderDays";

    public static int ReminderDays(IConfiguration configuration) =>
        Remnant.Data.Settings.Whole(configuration, ReminderDaysKey, TraceSchedule.DefaultReminderDays, TraceSchedule.MinReminderDays, TraceSchedule.MaxReminderDays);
}
