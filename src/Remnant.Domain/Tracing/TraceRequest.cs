using Remnant.Domain.History;

namespace Remnant.Domain.Tracing;

/// <summary>Where a trace request stands.</summary>
public enum TraceStatus
{
    /// <summary>Being written; not sent.</summary>
    Draft,
    /// <summary>Sent; no reply yet.</summary>
    Sent,
    /// <summary>The recipient acknowledged it; no answer yet.</summary>
    Acknowledged,
    /// <summary>Answered.</summary>
    Answered,
    /// <summary>The recipient refused to answer.</summary>
    Refused,
    /// <summary>Closed without any reply.</summary>
    NoResponse,
}

/// <summary>A question to a maker, exporter or government about items: to whom were they
/// transferred, when, under what licence. Tracing is selective and often unanswered, so every
/// step is dated: sent, acknowledged, answered, refused, closed without response; reminders are
/// logged as <see cref="TraceReminder"/>s.</summary>
public sealed partial class TraceRequest : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The party asked: a maker, an exporter, a government.</summary>
    public required string RecipientPartyId { get; set; }

    /// <summary>The letter's reference, e.g. <c>TR-2024-017</c>.</summary>
    public string? Reference { get; set; }

    /// <summary>What was asked.</summary>
    public string? Questions { get; set; }

    /// <summary>The items asked about.</summary>
    public List<string> ItemIds { get; set; } = [];

    /// <summary>Where it stands.</summary>
    public TraceStatus Status { get; set; }

    /// <summary>When it was sent.</summary>
    public DateOnly? SentOn { get; set; }

    /// <summary>When the recipient acknowledged it.</summary>
    public DateOnly? AcknowledgedOn { get; set; }

    /// <summary>When the answer came.</summary>
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>What the answer said, in short.</summary>
    public string? AnswerSummary { get; set; }

    /// <summary>When the recipient refused.</summary>
    public DateOnly? RefusedOn { get; set; }

    /// <summary>The reason given for a refusal.</summary>
    public string? RefusalReason { get; set; }

    /// <summary>When it was closed as unanswered.</summary>
    public DateOnly? NoResponseOn { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who recorded it.</summary>
    public string? CreatedBy { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }

    /// <summary>True while an answer is awaited (sent or acknowledged).</summary>
    public bool IsOpen => Status is TraceStatus.Sent or TraceStatus.Acknowledged;
}

/// <summary>One reminder sent about a trace request. Reminders are only ever added.</summary>
public sealed class TraceReminder : IRecord
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The request.</summary>
    public required string TraceRequestId { get; set; }

    /// <summary>When the reminder was sent.</summary>
    public DateOnly RemindedOn { get; set; }

    /// <summary>How and what: "second letter, by email".</summary>
    public string? Note { get; set; }

    /// <summary>Who recorded it.</summary>
    public required string RecordedBy { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The editable fields of a trace request.</summary>
/// <param name="RecipientPartyId">The party asked; required, fixed once sent.</param>
/// <param name="Reference">The letter's reference.</param>
/// <param name="Questions">What is asked.</param>
/// <param name="ItemIds">The items asked about; at least one, fixed once sent.</param>
/// <param name="Notes">Free text.</param>
public sealed record TraceRequestFields(string? RecipientPartyId, string? Reference = null, string? Questions = null,
    IReadOnlyList<string?>? ItemIds = null, string? Notes = null);
