using System.Globalization;

namespace Remnant.Domain.Validation;

/// <summary>Rules shared by every free-text field.</summary>
public static class TextRules
{
    /// <summary>Longest single-line field (names, serials, places).</summary>
    public const int ShortMax = 200;

    /// <summary>Longest multi-line field (descriptions, circumstances).</summary>
    public const int LongMax = 10_000;

    /// <summary>Trims, turns empty into null, and checks length and control characters.
    /// Bidi controls are allowed (markings may need them) but always rendered isolated.</summary>
    public static string? Clean(string? value, string field, ValidationErrors errors, int max = ShortMax, bool multiline = false)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return null;
        if (trimmed.Length > max) errors.Add(field, $"At most {max} characters (got {trimmed.Length}).");
        foreach (var c in trimmed)
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.Control) continue;
            if (multiline && c is '\n' or '\r' or '\t') continue;
            errors.Add(field, $"Contains the control character U+{(int)c:X4}.");
            break;
        }
        return trimmed;
    }

    /// <summary>Like <see cref="Clean"/> but the field must have a value.</summary>
    public static string? Required(string? value, string field, ValidationErrors errors, int max = ShortMax)
    {
        var cleaned = Clean(value, field, errors, max);
        if (cleaned is null) errors.Add(field, "Required.");
        return cleaned;
    }
}
