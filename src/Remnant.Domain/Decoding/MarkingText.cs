using System.Runtime.CompilerServices;
using System.Text;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>
/// A marking made ready for the decoders: digits of every script read as 0-9, letters upper-cased with
/// Cyrillic and Greek look-alikes folded to Latin, separator runs reduced to one character, split into
/// at most <see cref="MaxTokens"/> groups. Input that cannot be trusted (too long, bidi controls,
/// control characters, lone surrogates, combining marks on digits, mixed digit systems) gets a
/// <see cref="Problem"/> and no groups.
/// </summary>
internal sealed partial class MarkingText
{
    /// <summary>Longest raw text accepted as one marking.</summary>
    public const int MaxLength = 200;

    /// <summary>Most groups accepted as one marking.</summary>
    public const int MaxTokens = 8;

    private TokenBuffer _tokens;

    private MarkingText(string raw) => Raw = raw;

    /// <summary>The text exactly as given.</summary>
    public string Raw { get; }

    /// <summary>Normalised groups joined by their separators; empty when <see cref="Problem"/> is set.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Why the marking cannot be decoded at all, or null.</summary>
    public Phrase? Problem { get; private set; }

    /// <summary>Scripts seen.</summary>
    public MarkingScript Script { get; private set; }

    /// <summary>True when a NATO cross-in-circle (⊕) was seen.</summary>
    public bool NatoMark { get; private set; }

    /// <summary>Number of groups.</summary>
    public int TokenCount { get; private set; }

    /// <summary>The groups, in reading order.</summary>
    public ReadOnlySpan<MarkingToken> Tokens => _tokens[..TokenCount];

    /// <summary>The characters of one group.</summary>
    public ReadOnlySpan<char> Of(MarkingToken token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>Digits of the whole marking, when it is exactly one all-digit group.</summary>
    public bool IsSingleNumber(out ReadOnlySpan<char> digits)
    {
        digits = TokenCount == 1 && _tokens[0].IsDigits ? Of(_tokens[0]) : default;
        return !digits.IsEmpty;
    }

    /// <summary>True when the script holds any digit system other than 0-9.</summary>
    public bool HasNonLatinDigits =>
        (Script & (MarkingScript.ArabicIndicDigits | MarkingScript.PersianDigits | MarkingScript.ThaiDigits | MarkingScript.OtherDigits)) != 0;

    /// <summary>Reads <paramref name="raw"/>; never throws.</summary>
    public static MarkingText Read(string? raw)
    {
        var text = new MarkingText(raw ?? string.Empty);
        text.Problem = Screen(text.Raw, out var nonAscii);
        if (text.Problem is null) text.Build(nonAscii ? Normalize(text.Raw) : text.Raw);
        if (text.Problem is not null) { text.TokenCount = 0; text.Text = string.Empty; }
        return text;
    }

    [InlineArray(MaxTokens)]
    private struct TokenBuffer
    {
        private MarkingToken _first;
    }

    private static string Normalize(string raw)
    {
        try
        {
            return raw.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return raw; // Screen has already refused lone surrogates; keep the text as typed.
        }
    }

    // Refuses what must not be decoded: a reading built on text whose display differs from its content
    // would be a reading of something nobody saw.
    private static Phrase? Screen(string raw, out bool nonAscii)
    {
        nonAscii = false;
        if (raw.Length > MaxLength)
        {
            return InputReasons.TooLong.With(raw.Length, MaxLength);
        }
        if (string.IsNullOrWhiteSpace(raw)) return InputReasons.Empty.With();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c < 0x80)
            {
                if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                {
                    return InputReasons.Control.With(InputReasons.Hex(c), i + 1);
                }
                continue;
            }
            nonAscii = true;
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return InputReasons.LoneSurrogate.With(InputReasons.Hex(c), i + 1);
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return InputReasons.Bidi.With(InputReasons.Hex(c), i + 1);
            }
            if (char.IsControl(c)) return InputReasons.Control.With(InputReasons.Hex(c), i + 1);
        }
        return null;
    }
}
