using Remnant.Domain.History;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Custody;

/// <summary>One hand-over of a physical item or an evidence file: who handed it to whom, when,
/// where and why.</summary>
public sealed class CustodyEvent : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The item handed over, if it is an item.</summary>
    public string? ItemId { get; set; }

    /// <summary>The evidence file handed over, if it is a file.</summary>
    public string? EvidenceFileId { get; set; }

    /// <summary>Who handed it over.</summary>
    public string? FromHolder { get; set; }

    /// <summary>Who received it.</summary>
    public required string ToHolder { get; set; }

    /// <summary>When it changed hands.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Where it changed hands.</summary>
    public string? Place { get; set; }

    /// <summary>Why: examination, storage, transfer to a partner, destruction order...</summary>
    public string? Purpose { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Who recorded it.</summary>
    public string? RecordedBy { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }

    /// <summary>Checks and applies the fields of a hand-over.</summary>
    public static ValidationErrors Apply(CustodyEvent target, string? itemId, string? evidenceFileId, string? from, string? to,
        DateTimeOffset? occurredAt, string? place, string? purpose, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var hasItem = !string.IsNullOrWhiteSpace(itemId);
        var hasFile = !string.IsNullOrWhiteSpace(evidenceFileId);
        if (hasItem == hasFile) errors.Add(hasItem ? "evidenceFileId" : "itemId", "Name exactly one of itemId or evidenceFileId.");
        if (hasItem && !Ids.IsValid(itemId)) errors.Add("itemId", "Not a valid item id.");
        if (hasFile && !Ids.IsValid(evidenceFileId)) errors.Add("evidenceFileId", "Not a valid evidence file id.");
        var cleanFrom = TextRules.Clean(from, "fromHolder", errors);
        var cleanTo = TextRules.Required(to, "toHolder", errors);
        if (occurredAt is null) errors.Add("occurredAt", "Required.");
        else if (occurredAt > now) errors.Add("occurredAt", "Cannot be in the future.");
        var cleanPlace = TextRules.Clean(place, "place", errors);
        var cleanPurpose = TextRules.Clean(purpose, "purpose", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;
        target.ItemId = hasItem ? itemId : null;
        target.EvidenceFileId = hasFile ? evidenceFileId : null;
        target.FromHolder = cleanFrom;
        target.ToHolder = cleanTo!;
        target.OccurredAt = occurredAt!.Value.ToUniversalTime();
        target.Place = cleanPlace;
        target.Purpose = cleanPurpose;
        return errors;
    }
}
