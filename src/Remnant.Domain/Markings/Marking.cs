using Remnant.Domain.History;

namespace Remnant.Domain.Markings;

/// <summary>Text read on an item exactly as seen, in its own script. The raw reading is never
/// overwritten: a correction is a new marking that supersedes this one.</summary>
public sealed partial class Marking : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The item it was read on.</summary>
    public required string ItemId { get; set; }

    /// <summary>The reading exactly as seen: Hangul, Cyrillic, Arabic, Persian digits...</summary>
    public required string Text { get; set; }

    /// <summary>Fold key of the reading, for matching (derived, never shown).</summary>
    public required string TextKey { get; set; }

    /// <summary>Where on the item it is, e.g. "jet-vane actuator housing".</summary>
    public string? Location { get; set; }

    /// <summary>How it was applied.</summary>
    public MarkingMethod Method { get; set; }

    /// <summary>How well it could be read.</summary>
    public Legibility Legibility { get; set; }

    /// <summary>The evidence file (photo) that shows it.</summary>
    public string? EvidenceFileId { get; set; }

    /// <summary>The earlier reading this one corrects, if any.</summary>
    public string? SupersedesId { get; set; }

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
}
