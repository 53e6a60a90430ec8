using Remnant.Domain.History;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Linkage;

/// <summary>
/// A detected link as stored, with the analyst's decision. Links are recomputed on every write;
/// one that no longer holds is marked inactive, never deleted, so a decision and its history
/// survive and come back if the link does.
/// </summary>
public sealed class LinkRecord : IRecord
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The item whose id sorts first (ordinal).</summary>
    public required string FirstItemId { get; set; }

    /// <summary>The other item.</summary>
    public required string SecondItemId { get; set; }

    /// <summary>Why the items are linked.</summary>
    public LinkKind Kind { get; set; }

    /// <summary>Human-readable reason, as last detected.</summary>
    public required string Reason { get; set; }

    /// <summary>False once the link no longer holds (an item changed or was retracted).</summary>
    public bool Active { get; set; } = true;

    /// <summary>When it was first detected.</summary>
    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>The analyst's verdict.</summary>
    public LinkDecision Decision { get; set; }

    /// <summary>Who decided.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why, in the analyst's words.</summary>
    public string? DecisionNote { get; set; }

    /// <summary>A new open link for <paramref name="link"/>.</summary>
    public static LinkRecord From(ItemLink link, string id, DateTimeOffset at) => new()
    {
        Id = id, FirstItemId = link.FirstItemId, SecondItemId = link.SecondItemId, Kind = link.Kind,
        Reason = link.Reason, DetectedAt = at,
    };

    /// <summary>Records a verdict (confirm or dismiss) by <paramref name="actor"/>; a later verdict replaces it, the history keeps both.</summary>
    public ValidationErrors Decide(LinkDecision decision, string? note, string actor, DateTimeOffset at)
    {
        var errors = new ValidationErrors();
        if (decision == LinkDecision.Open) errors.Add("decision", "Must be confirmed or dismissed.");
        if (note is { Length: > TextRules.LongMax }) errors.Add("note", $"At most {TextRules.LongMax} characters.");
        if (!errors.IsValid) return errors;
        Decision = decision;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedBy = actor;
        DecidedAt = at;
        return errors;
    }
}
