using Remnant.Domain.Tracing;
using Remnant.Web.Features.Parties.Shared;

namespace Remnant.Web.Features.Traces;

/// <summary>The trace request form as posted; items one per line.</summary>
internal sealed class TraceInput
{
    public string? RecipientPartyId { get; set; }
    public string? Reference { get; set; }
    public string? ItemIds { get; set; }
    public string? Questions { get; set; }
    public string? Notes { get; set; }

    public TraceRequestFields ToFields() => new(RecipientPartyId, Reference, Questions, TracingLabels.Lines(ItemIds), Notes);

    public static TraceInput From(TraceRequest t) => new()
    {
        RecipientPartyId = t.RecipientPartyId, Reference = t.Reference, ItemIds = string.Join('\n', t.ItemIds), Questions = t.Questions, Notes = t.Notes,
    };
}

/// <summary>Any step form: a date and, for reminders and refusals, a text.</summary>
public sealed class StepInput
{
    public DateOnly? On { get; set; }
    public string? Text { get; set; }
}

/// <summary>The answer form: date, summary, and at most one transfer it reports (more through the API).</summary>
public sealed class AnswerInput
{
    public DateOnly? AnsweredOn { get; set; }
    public string? Summary { get; set; }
    public string? ToPartyId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public Confidence Confidence { get; set; } = Confidence.Confirmed;
    public string? Licence { get; set; }

    internal AnswerBody ToBody() => new(AnsweredOn, Summary, null,
        string.IsNullOrWhiteSpace(ToPartyId) && StartDate is null ? null
            : [new AnswerTransferBody(null, null, ToPartyId, StartDate, EndDate, null, null, null, null, Confidence, Licence, null)]);
}
