namespace Remnant.Domain.Text;

/// <summary>
/// Upper-case Cyrillic and Greek letters that are drawn exactly like a Latin capital, and so
/// are typed interchangeably by investigators and OCR. Only true twins are listed: П, З, Ж,
/// Λ and the like have no Latin twin and stay as they are.
/// </summary>
public static class LookAlikes
{
    private static readonly Dictionary<int, char> Map = new()
    {
        // Cyrillic capitals (lower case reaches here already upper-cased).
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O',
        ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
        ['У'] = 'Y', ['Ү'] = 'Y', ['Ԛ'] = 'Q', ['Ԝ'] = 'W', ['Ӏ'] = 'I',
        // Greek capitals.
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K',
        ['Μ'] = 'M', ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
    };

    /// <summary>The Latin twin of an upper-case code point, or null when it has none.</summary>
    public static char? ToLatin(int codePoint) => Map.TryGetValue(codePoint, out var latin) ? latin : null;
}
