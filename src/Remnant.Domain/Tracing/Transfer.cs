using Remnant.Domain.History;

namespace Remnant.Domain.Tracing;

/// <summary>One step in a supply chain: a party handed materiel to another, on a date or in a
/// period. What moved is named by item, by lot number or by serial range (or several of these);
/// documents and the source say how it is known, the confidence how sure it is.</summary>
public sealed partial class Transfer : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The party that handed it over.</summary>
    public required string FromPartyId { get; set; }

    /// <summary>The party that received it.</summary>
    public required string ToPartyId { get; set; }

    /// <summary>The day of the transfer, or the first day of the period it happened in.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The last day of the period; null for a single day.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>The items named in it.</summary>
    public List<string> ItemIds { get; set; } = [];

    /// <summary>Lot or batch number as written in the source.</summary>
    public string? LotNumber { get; set; }

    /// <summary>Fold key of <see cref="LotNumber"/> (derived).</summary>
    public string? LotKey { get; set; }

    /// <summary>First serial of a range as written in the source.</summary>
    public string? SerialFrom { get; set; }

    /// <summary>Last serial of a range as written in the source.</summary>
    public string? SerialTo { get; set; }

    /// <summary>Fold key before the number of the range (derived).</summary>
    public string? RangePrefix { get; set; }

    /// <summary>Fold key after the number of the range (derived).</summary>
    public string? RangeSuffix { get; set; }

    /// <summary>First number of the range (derived).</summary>
    public long? RangeStart { get; set; }

    /// <summary>Last number of the range (derived).</summary>
    public long? RangeEnd { get; set; }

    /// <summary>Digit count serials in the range have, when fixed (derived).</summary>
    public int? RangeDigits { get; set; }

    /// <summary>Evidence documents, stored as <see cref="TransferDocument"/> text.</summary>
    public List<string> Documents { get; set; } = [];

    /// <summary>Where the knowledge comes from.</summary>
    public TransferSource Source { get; set; }

    /// <summary>Details of the source: a letter's reference, a document's title.</summary>
    public string? SourceDetail { get; set; }

    /// <summary>How sure it is.</summary>
    public Confidence Confidence { get; set; }

    /// <summary>Export licence or authorisation reference, when known.</summary>
    public string? Licence { get; set; }

    /// <summary>The trace request whose answer reported it, if any.</summary>
    public string? TraceRequestId { get; set; }

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
}
