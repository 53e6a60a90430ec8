namespace Remnant.Domain.Decoding;

/// <summary>
/// Everything a decode found in one marking: the raw text exactly as given, its interpretations
/// (most believable first), the hypotheses rejected with reasons and any undated facts. A bad marking
/// gives a result with no interpretations and the reasons; never null, never an exception.
/// </summary>
public sealed class DecodeResult
{
    internal DecodeResult(string marking, MarkingScript script, IReadOnlyList<Interpretation> interpretations,
        IReadOnlyList<RejectedHypothesis> rejected, IReadOnlyList<MarkingFact> facts)
    {
        Marking = marking;
        Script = script;
        Interpretations = interpretations;
        Rejected = rejected;
        Facts = facts;
    }

    /// <summary>The marking exactly as given (empty for null); never modified.</summary>
    public string Marking { get; }

    /// <summary>Scripts detected in the marking (or given by the context).</summary>
    public MarkingScript Script { get; }

    /// <summary>Readings that stand, ranked most believable first.</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; }

    /// <summary>Readings considered and dismissed, with reasons.</summary>
    public IReadOnlyList<RejectedHypothesis> Rejected { get; }

    /// <summary>Facts that date nothing, such as an absent headstamp.</summary>
    public IReadOnlyList<MarkingFact> Facts { get; }

    /// <summary>The top-ranked interpretation, or null when none stands.</summary>
    public Interpretation? Best => Interpretations.Count > 0 ? Interpretations[0] : null;
}
