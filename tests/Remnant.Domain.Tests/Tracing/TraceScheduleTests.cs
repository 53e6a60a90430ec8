using Remnant.Domain.Tracing;

namespace Remnant.Domain.Tests.Tracing;

public sealed class TraceScheduleTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static TraceRequest SentOn(DateOnly sent)
    {
        var request = new TraceRequest { Id = "trace-1", RecipientPartyId = "p", ItemIds = ["i"] };
        Assert.True(request.Send(sent, Today).IsValid);
        return request;
    }

    [Theory]
    [InlineData("2026-10-30", null, 30, "2026-11-29", true)]
    [InlineData("2026-10-31", null, 30, "2026-11-30", false)]
    [InlineData("2026-09-01", "2026-11-01", 30, "2026-12-01", false)]  // the last reminder restarts the count
    [InlineData("2026-09-01", "2026-08-01", 30, "2026-10-01", true)]   // a reminder before sending does not
    [InlineData("2026-11-28", null, 1, "2026-11-29", true)]
    public void ReminderDueOn_Table(string sent, string? lastReminder, int days, string due, bool overdue)
    {
        var request = SentOn(DateOnly.Parse(sent));
        DateOnly? last = lastReminder is null ? null : DateOnly.Parse(lastReminder);
        Assert.Equal(DateOnly.Parse(due), TraceSchedule.ReminderDueOn(request, last, days));
        Assert.Equal(overdue, TraceSchedule.IsOverdue(request, last, days, Today));
    }

    [Fact]
    public void ReminderDueOn_AcknowledgedStillCounts_AnsweredNot()
    {
        var request = SentOn(new DateOnly(2026, 1, 1));
        Assert.True(request.Acknowledge(new DateOnly(2026, 1, 5), Today).IsValid);
        Assert.True(TraceSchedule.IsOverdue(request, null, 30, Today));
        Assert.True(request.Answer(new DateOnly(2026, 3, 1), null, Today).IsValid);
        Assert.Null(TraceSchedule.ReminderDueOn(request, null, 30));
        Assert.Equal(59, TraceSchedule.DaysToAnswer(request));
    }

    [Fact]
    public void ReminderDueOn_Draft_None() =>
        Assert.Null(TraceSchedule.ReminderDueOn(new TraceRequest { Id = "t", RecipientPartyId = "p" }, null, 30));

    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public void ReminderDueOn_DaysOutOfRange_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TraceSchedule.ReminderDueOn(SentOn(Today), null, days));
}
