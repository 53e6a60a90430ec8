using System.Text.Json;
using Remnant.Domain.Dating;
using Remnant.Domain.Decoding;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Markings;

public sealed partial class MarkingInterpretation
{
    /// <summary>Longest reason kept (a decoder's reason with every context note fits easily).</summary>
    public const int MaxReasonLength = 4_000;

    /// <summary>True while no newer decode replaced it.</summary>
    public bool IsCurrent => SupersededAt is null;

    /// <summary>The reading's interval; null for rejected hypotheses and facts.</summary>
    public DateInterval? Interval => From is { } from && To is { } to && from <= to ? new DateInterval(from, to) : null;

    /// <summary>The lines of <paramref name="result"/>, readings first in rank order, then rejections
    /// and facts; <paramref name="newId"/> gives each line its id.</summary>
    public static List<MarkingInterpretation> FromResult(DecodeResult result, string markingId, Func<string> newId, DateTimeOffset at, string? context)
    {
        var lines = new List<MarkingInterpretation>(result.Interpretations.Count + result.Rejected.Count + result.Facts.Count);
        foreach (var i in result.Interpretations)
        {
            var line = Line(DecodeOutcome.Interpretation, i.System, i.Reason, JsonSerializer.Serialize(i.Fields.ToDictionary()));
            line.From = i.From;
            line.To = i.To;
            line.Confidence = i.Confidence;
            line.Country = i.Country?.Value;
            lines.Add(line);
        }
        foreach (var r in result.Rejected) lines.Add(Line(DecodeOutcome.Rejected, r.System, r.Reason));
        foreach (var f in result.Facts) lines.Add(Line(DecodeOutcome.Fact, f.System, f.Reason, JsonSerializer.Serialize(new Dictionary<string, string> { [f.Name] = "true" })));
        return lines;

        MarkingInterpretation Line(DecodeOutcome outcome, string system, string reason, string? fields = null) => new()
        {
            Id = newId(), MarkingId = markingId, Outcome = outcome, Rank = lines.Count, System = system,
            Reason = reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "…",
            Fields = fields, DecodedAt = at, Context = context,
        };
    }

    /// <summary>Records the analyst's decision on a current reading; changing one's mind is allowed
    /// and the history keeps every version. Nothing is changed when the errors are not empty.</summary>
    public ValidationErrors Decide(InterpretationDecision decision, string? note, string actor, DateTimeOffset at)
    {
        var errors = new ValidationErrors();
        if (Outcome != DecodeOutcome.Interpretation) errors.Add("id", "Only a reading can be accepted or rejected, not a rejected hypothesis or a fact.");
        if (!IsCurrent) errors.Add("id", "A newer decode of this marking replaced this reading.");
        if (!Enum.IsDefined(decision)) errors.Add("decision", "Unknown decision: accepted or rejected.");
        var cleaned = TextRules.Clean(note, "note", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;
        Decision = decision;
        DecisionNote = cleaned;
        DecidedBy = actor;
        DecidedAt = at;
        return errors;
    }
}
