using System.Globalization;
using System.Text;

namespace Remnant.Domain.Text;

/// <summary>
/// The matching key of a serial number, lot number or marking: Unicode NFKC, upper case,
/// Cyrillic and Greek look-alikes mapped to their Latin twins, separators dropped.
/// <c>АК-47</c> typed with Cyrillic А and К folds to <c>AK47</c>. Letters with no Latin twin
/// (П, З, Ж, Hangul, Arabic) are kept as they are. The raw reading is never replaced by its key.
/// </summary>
public readonly record struct FoldKey
{
    private FoldKey(string value) => Value = value;

    /// <summary>The folded text; empty when the input held nothing but separators.</summary>
    public string Value { get; }

    /// <summary>True when folding left nothing to match on.</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <summary>Folds <paramref name="text"/>; null or blank gives the empty key.</summary>
    public static FoldKey Of(string? text) => new(Fold(text));

    /// <summary>Folds <paramref name="text"/> straight to a string (the key's <see cref="Value"/>).</summary>
    public static string Fold(string? text)
    {
        var folded = FoldOnce(text);
        // Dropping a separator can bring together characters that NFKC composes (conjoining Hangul
        // jamo written with a hyphen between them): fold again until stable, so that
        // Fold(Fold(x)) == Fold(x). Two more passes reach a fixed point on every input seen.
        for (var pass = 0; pass < 2 && !folded.IsNormalized(NormalizationForm.FormKC); pass++)
        {
            folded = FoldOnce(folded);
        }
        return folded;
    }

    private static string FoldOnce(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (System.Text.Ascii.IsValid(text)) return FoldAscii(text);
        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; fold what can be read.
            normalized = RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
        }

        var builder = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsSeparator(rune)) continue;
            var upper = Rune.ToUpperInvariant(rune);
            builder.Append(LookAlikes.ToLatin(upper.Value) is { } latin ? latin : upper.ToString());
        }
        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    // ASCII is stable under NFKC and has no look-alikes to map: upper-case letters and digits,
    // drop separators, and skip the normaliser (most serials and lots are ASCII).
    private static string FoldAscii(string text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (IsSeparator(new Rune(c))) continue;
            buffer[length++] = char.ToUpperInvariant(c);
        }
        return length == text.Length && text.AsSpan().SequenceEqual(buffer) ? text : new string(buffer[..length]);
    }

    private static bool IsSeparator(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.MathSymbol => rune.Value is '+' or '=' or '~' or '|',
        _ => false,
    };

    private static string RemoveLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
