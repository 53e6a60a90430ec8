using Remnant.Domain.Tracing;

namespace Remnant.Domain.Tests.Tracing;

public sealed class TraceRequestTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly DateOnly Sent = new(2026, 6, 1);

    private static TraceRequest InStatus(TraceStatus status)
    {
        var request = new TraceRequest { Id = "trace-1", RecipientPartyId = "party-1", ItemIds = ["item-1"] };
        if (status == TraceStatus.Draft) return request;
        Assert.True(request.Send(Sent, Today).IsValid);
        if (status == TraceStatus.Acknowledged) Assert.True(request.Acknowledge(Sent.AddDays(10), Today).IsValid);
        if (status == TraceStatus.Answered) Assert.True(request.Answer(Sent.AddDays(40), "Sold to the ministry", Today).IsValid);
        if (status == TraceStatus.Refused) Assert.True(request.Refuse(Sent.AddDays(40), null, Today).IsValid);
        if (status == TraceStatus.NoResponse) Assert.True(request.CloseUnanswered(Sent.AddDays(150), Today).IsValid);
        return request;
    }

    // action, status before, days after sending (null: today), expected field ("" = accepted), status after
    [Theory]
    [InlineData("send", TraceStatus.Draft, 0, "", TraceStatus.Sent)]
    [InlineData("send", TraceStatus.Draft, 9999, "sentOn", TraceStatus.Draft)]            // in the future
    [InlineData("send", TraceStatus.Sent, 5, "status", TraceStatus.Sent)]
    [InlineData("acknowledge", TraceStatus.Draft, 5, "status", TraceStatus.Draft)]
    [InlineData("acknowledge", TraceStatus.Sent, -1, "acknowledgedOn", TraceStatus.Sent)]
    [InlineData("acknowledge", TraceStatus.Sent, 3, "", TraceStatus.Acknowledged)]
    [InlineData("answer", TraceStatus.Draft, 5, "status", TraceStatus.Draft)]             // answered before it was sent
    [InlineData("answer", TraceStatus.Sent, -1, "answeredOn", TraceStatus.Sent)]          // answer dated before sending
    [InlineData("answer", TraceStatus.Acknowledged, 5, "answeredOn", TraceStatus.Acknowledged)] // before the acknowledgement
    [InlineData("answer", TraceStatus.Acknowledged, 30, "", TraceStatus.Answered)]
    [InlineData("answer", TraceStatus.Sent, null, "", TraceStatus.Answered)]
    [InlineData("answer", TraceStatus.Refused, 50, "status", TraceStatus.Refused)]
    [InlineData("answer", TraceStatus.NoResponse, 160, "", TraceStatus.Answered)]        // a late answer
    [InlineData("refuse", TraceStatus.Answered, 50, "status", TraceStatus.Answered)]
    [InlineData("refuse", TraceStatus.Sent, 20, "", TraceStatus.Refused)]
    [InlineData("no-response", TraceStatus.Draft, 5, "status", TraceStatus.Draft)]
    [InlineData("no-response", TraceStatus.Sent, 150, "", TraceStatus.NoResponse)]
    [InlineData("no-response", TraceStatus.NoResponse, 170, "status", TraceStatus.NoResponse)]
    public void Transition_Table(string action, TraceStatus before, int? days, string expected, TraceStatus after)
    {
        var request = InStatus(before);
        DateOnly? on = days is { } d ? Sent.AddDays(d) : null;
        var errors = action switch
        {
            "send" => request.Send(on, Today),
            "acknowledge" => request.Acknowledge(on, Today),
            "answer" => request.Answer(on, "answer", Today),
            "refuse" => request.Refuse(on, "policy", Today),
            _ => request.CloseUnanswered(on, Today),
        };
        Assert.Equal(expected, string.Join(",", errors.Fields.Select(f => f.Key)));
        Assert.Equal(after, request.Status);
    }

    [Fact]
    public void Answer_DefaultDate_TodayAndSummaryKept()
    {
        var request = InStatus(TraceStatus.Sent);
        Assert.True(request.Answer(null, " Sold to the Ministry of Defence ", Today).IsValid);
        Assert.Equal(Today, request.AnsweredOn);
        Assert.Equal("Sold to the Ministry of Defence", request.AnswerSummary);
    }

    [Fact]
    public void Answer_BadSummary_NothingApplied()
    {
        var request = InStatus(TraceStatus.Sent);
        var errors = request.Answer(Sent.AddDays(3), "a\u0000b", Today);
        Assert.Equal(["summary"], errors.Fields.Select(f => f.Key));
        Assert.Equal(TraceStatus.Sent, request.Status);
        Assert.Null(request.AnsweredOn);
    }

    [Theory]
    [InlineData(TraceStatus.Sent, 10, null, "")]
    [InlineData(TraceStatus.Sent, -1, null, "remindedOn")]
    [InlineData(TraceStatus.Sent, 40, 50, "remindedOn")]
    [InlineData(TraceStatus.Acknowledged, 5, null, "")]            // before the acknowledgement: a reminder may cross it
    [InlineData(TraceStatus.Answered, 60, null, "status")]
    [InlineData(TraceStatus.Draft, 0, null, "status")]
    public void CheckReminder_Table(TraceStatus status, int days, int? lastDays, string expected)
    {
        var request = InStatus(status);
        var errors = request.CheckReminder(Sent.AddDays(days), lastDays is { } l ? Sent.AddDays(l) : null, Today);
        Assert.Equal(expected, string.Join(",", errors.Fields.Select(f => f.Key)));
    }

    [Fact]
    public void Apply_AfterSending_RecipientAndItemsFixed()
    {
        var request = InStatus(TraceStatus.Sent);
        var errors = TraceRequest.Apply(request, new TraceRequestFields("party-2", "TR-1", ItemIds: ["item-2"]));
        Assert.Equal(["itemIds", "recipientPartyId"], errors.Fields.Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.True(TraceRequest.Apply(request, new TraceRequestFields("party-1", "TR-1", "Who bought it?", ["item-1"], "follow up")).IsValid);
        Assert.Equal("TR-1", request.Reference);
    }

    [Theory]
    [InlineData(null, "recipientPartyId,itemIds")]
    [InlineData("bad id!", "recipientPartyId,itemIds")]
    public void Apply_Draft_RequiresRecipientAndItems(string? recipient, string expected)
    {
        var request = new TraceRequest { Id = "trace-1", RecipientPartyId = "" };
        var errors = TraceRequest.Apply(request, new TraceRequestFields(recipient));
        Assert.Equal(expected, string.Join(",", errors.Fields.Select(f => f.Key)));
    }
}
