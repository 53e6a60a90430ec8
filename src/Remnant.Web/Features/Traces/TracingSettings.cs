using System.Globalization;
using Remnant.Domain.Tracing;

namespace Remnant.Web.Features.Traces;

/// <summary><c>Tracing:ReminderDays</c> (default 30): days without an answer before a reminder is
/// due. Read when the API is mapped, so a bad value stops the app at start with this message.</summary>
internal static class TracingSettings
{
    public const string ReminderDaysKey = "Tracing:ReminderDays";

    public static int ReminderDays(IConfiguration configuration)
    {
        var text = configuration[ReminderDaysKey];
        if (string.IsNullOrWhiteSpace(text)) return TraceSchedule.DefaultReminderDays;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
            && days is >= TraceSchedule.MinReminderDays and <= TraceSchedule.MaxReminderDays) return days;
        throw new InvalidOperationException(
            $"{ReminderDaysKey} must be a whole number of days from {TraceSchedule.MinReminderDays} to {TraceSchedule.MaxReminderDays}; it is '{text}'.");
    }
}
