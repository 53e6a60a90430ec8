namespace Remnant.Domain.Text;

/// <summary>What one step of an OCR-aware alignment did.</summary>
public enum OcrStepKind
{
    /// <summary>Two characters OCR confuses (O/0, I/1...): a cheap substitution.</summary>
    Confusion,
    /// <summary>A letter between digits, ignored as registries do: cheap.</summary>
    IgnoredLetter,
    /// <summary>A real substitution: one edit.</summary>
    Substitution,
    /// <summary>A character of the candidate missing from the query: one edit.</summary>
    Missing,
    /// <summary>A character of the query absent from the candidate: one edit.</summary>
    Extra,
    /// <summary>Two neighbouring characters swapped: one edit.</summary>
    Transposition,
}

/// <summary>One non-matching step of an alignment, with 1-based <paramref name="Position"/> in the query.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Position">1-based position in the query (for a missing character: where it would go).</param>
/// <param name="QueryText">The query's character(s) at this step; empty when missing.</param>
/// <param name="CandidateText">The candidate's character(s); empty when extra.</param>
public readonly record struct OcrStep(OcrStepKind Kind, int Position, string QueryText, string CandidateText)
{
    /// <summary>True for steps that count as one of the allowed edits.</summary>
    public bool IsEdit => Kind is not (OcrStepKind.Confusion or OcrStepKind.IgnoredLetter);

    /// <summary>A short human-readable description, e.g. "O/0 OCR confusion at position 2".</summary>
    public string Describe() => Kind switch
    {
        OcrStepKind.Confusion => $"{QueryText}/{CandidateText} OCR confusion at position {Position}",
        OcrStepKind.IgnoredLetter when QueryText.Length > 0 => $"letter '{QueryText}' between digits ignored at position {Position}",
        OcrStepKind.IgnoredLetter => $"letter '{CandidateText}' between digits ignored in the match",
        OcrStepKind.Substitution => $"'{QueryText}' for '{CandidateText}' at position {Position} (edit)",
        OcrStepKind.Missing => $"'{CandidateText}' missing at position {Position} (edit)",
        OcrStepKind.Extra => $"extra '{QueryText}' at position {Position} (edit)",
        _ => $"'{QueryText}' transposed at position {Position} (edit)",
    };
}

/// <summary>
/// The outcome of comparing a query with a candidate: the weighted cost (cheap steps 1, edits 4),
/// the number of real edits and the steps that explain it. <see cref="IsMatch"/> when the edits
/// stay within the allowance the comparison was asked for.
/// </summary>
/// <param name="IsMatch">True when <see cref="RealEdits"/> is within the allowance.</param>
/// <param name="Cost">Weighted cost: 0 for identical keys.</param>
/// <param name="RealEdits">Edits that are neither OCR confusions nor ignored letters.</param>
/// <param name="Steps">The non-matching steps, in query order; empty unless asked for.</param>
public sealed record OcrComparison(bool IsMatch, int Cost, int RealEdits, IReadOnlyList<OcrStep> Steps)
{
    /// <summary>The steps joined for display, e.g. "O/0 OCR confusion at position 2".</summary>
    public string Describe() => Steps.Count == 0 ? "identical" : string.Join("; ", Steps.Select(s => s.Describe()));
}
