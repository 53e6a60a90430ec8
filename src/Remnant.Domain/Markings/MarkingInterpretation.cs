using Remnant.Domain.Decoding;
using Remnant.Domain.History;

namespace Remnant.Domain.Markings;

/// <summary>What one line of a stored decode is: a reading that stands, a hypothesis the decoder
/// rejected, or an undated fact (an absent headstamp).</summary>
public enum DecodeOutcome
{
    /// <summary>A reading with a date interval; the analyst may accept or reject it.</summary>
    Interpretation,
    /// <summary>A hypothesis the decoder considered and dismissed, with its reason.</summary>
    Rejected,
    /// <summary>Something established without a date.</summary>
    Fact,
}

/// <summary>The analyst's word on a reading.</summary>
public enum InterpretationDecision
{
    /// <summary>The analyst holds this reading to be right: it dates the item.</summary>
    Accepted,
    /// <summary>The analyst holds this reading to be wrong.</summary>
    Rejected,
}

/// <summary>
/// One line of the decode of a marking, stored when the marking is saved so that the analyst's
/// decision refers to exactly what was shown. The marking's raw reading is never changed; a new
/// decode supersedes the lines of the previous one, which are kept. Derived: its creation is not
/// in the history, its decisions and supersession are.
/// </summary>
public sealed partial class MarkingInterpretation : IDerivedRecord
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The marking decoded.</summary>
    public required string MarkingId { get; set; }

    /// <summary>Reading, rejected hypothesis or fact.</summary>
    public DecodeOutcome Outcome { get; set; }

    /// <summary>Position in the decode: 0 is the most believable reading.</summary>
    public int Rank { get; set; }

    /// <summary>The system (<c>juche</c>, <c>yyww</c>, <c>headstamp</c>, or <c>input</c> for the input as a whole).</summary>
    public required string System { get; set; }

    /// <summary>First possible production day (readings only).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last possible production day (readings only).</summary>
    public DateOnly? To { get; set; }

    /// <summary>How believable the reading was after context (readings only).</summary>
    public Confidence? Confidence { get; set; }

    /// <summary>Why, in English, as the decoder said it.</summary>
    public required string Reason { get; set; }

    /// <summary>The parts read out (factory, week, lot...) as a JSON object.</summary>
    public string? Fields { get; set; }

    /// <summary>The country the reading points to, if any.</summary>
    public string? Country { get; set; }

    /// <summary>The context the decode used, in words (country, maker, category).</summary>
    public string? Context { get; set; }

    /// <summary>When the decode ran.</summary>
    public DateTimeOffset DecodedAt { get; set; }

    /// <summary>When a newer decode of the same marking replaced this line; null while current.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The analyst's decision, if any.</summary>
    public InterpretationDecision? Decision { get; set; }

    /// <summary>Who decided.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When they decided.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why, in the analyst's words (optional).</summary>
    public string? DecisionNote { get; set; }
}
