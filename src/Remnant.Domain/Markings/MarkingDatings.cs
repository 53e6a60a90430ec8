using Remnant.Domain.Dating;
using Remnant.Domain.Decoding;

namespace Remnant.Domain.Markings;

/// <summary>How one marking dates its item: the reading the analyst accepted; failing that, the
/// top-ranked reading when the decoder rated it High and the analyst has not rejected it, shown as
/// provisional; otherwise nothing.</summary>
public static class MarkingDatings
{
    /// <summary>The evidence <paramref name="lines"/> (the current decode of one marking) give, or null.</summary>
    public static MarkingDating? Of(string markingText, IEnumerable<MarkingInterpretation> lines)
    {
        var readings = lines.Where(l => l.IsCurrent && l.Outcome == DecodeOutcome.Interpretation && l.Interval is not null)
            .OrderBy(l => l.Rank).ToList();
        var accepted = readings.FirstOrDefault(l => l.Decision == InterpretationDecision.Accepted);
        if (accepted is not null) return new MarkingDating(accepted, new DatedEvidence(markingText, accepted.System, false, accepted.Interval!.Value));
        var top = readings.FirstOrDefault(l => l.Decision != InterpretationDecision.Rejected);
        if (top is null || top.Confidence != Confidence.High) return null;
        return new MarkingDating(top, new DatedEvidence(markingText, top.System, true, top.Interval!.Value));
    }
}

/// <summary>The reading that dates a marking, and the evidence it gives.</summary>
/// <param name="Reading">The stored reading.</param>
/// <param name="Evidence">Its interval, labelled with the marking, the system and the reading's state.</param>
public sealed record MarkingDating(MarkingInterpretation Reading, DatedEvidence Evidence)
{
    /// <summary>True when it is the decoder's top reading, not yet accepted.</summary>
    public bool Provisional => Evidence.Provisional;
}
