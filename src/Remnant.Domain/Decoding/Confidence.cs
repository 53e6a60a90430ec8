namespace Remnant.Domain.Decoding;

/// <summary>
/// How much an interpretation deserves to be believed, after context. Each decoder starts a reading at
/// a base level (an explicit era word or a verified factory code: High; a plain valid reading:
/// Medium; valid arithmetic that is unlikely, such as a Juche year before 1997 or one of several
/// possible decades: Low). Each context fact that supports the reading (country of manufacture,
/// script, item category, era window, known maker format) raises it one level; each that speaks
/// against it lowers it one level, never below Low. Interpretations are listed most believable first.
/// </summary>
public enum Confidence
{
    /// <summary>Possible, but the form or the context speaks against it.</summary>
    Low = 1,
    /// <summary>A valid reading with no context for or against it.</summary>
    Medium = 2,
    /// <summary>The marking's form and the context agree on it.</summary>
    High = 3,
}
