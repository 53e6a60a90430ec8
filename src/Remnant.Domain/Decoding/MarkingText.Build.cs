using System.Globalization;
using System.Text;
using Remnant.Domain.Text;

namespace Remnant.Domain.Decoding;

internal sealed partial class MarkingText
{
    private void Build(string normalized)
    {
        // NFKC can expand a character many times over; beyond this the text is no single marking.
        Span<char> buffer = stackalloc char[MaxLength * 4];
        var length = 0;
        var inToken = false;
        var tokenStart = 0;
        bool hasDigit = false, hasLetter = false, lastWasDigit = false;
        var separator = '\0';
        var position = 0;
        Span<char> pair = stackalloc char[2];
        while (position < normalized.Length)
        {
            var ascii = normalized[position];
            if (ascii < 0x80)
            {
                // Most markings are plain ASCII: no Unicode tables needed.
                position++;
                if (char.IsAsciiDigit(ascii))
                {
                    if (!Append(ref buffer, ref length, ascii)) return;
                    Script |= MarkingScript.LatinDigits;
                    hasDigit = lastWasDigit = true;
                }
                else if (char.IsAsciiLetter(ascii))
                {
                    if (!Append(ref buffer, ref length, char.ToUpperInvariant(ascii))) return;
                    Script |= MarkingScript.Latin;
                    hasLetter = true;
                    lastWasDigit = false;
                }
                else
                {
                    EndToken();
                    var sep = char.IsWhiteSpace(ascii) || char.IsControl(ascii) ? ' ' : ascii;
                    if (separator is '\0' or ' ') separator = sep;
                }
                continue;
            }
            if (Rune.DecodeFromUtf16(normalized.AsSpan(position), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                Problem = InputReasons.NotUnicode.With();
                return;
            }
            position += consumed;
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                if (!Append(ref buffer, ref length, (char)('0' + (int)Rune.GetNumericValue(rune)))) return;
                Script |= DigitScript(rune.Value);
                hasDigit = true;
                lastWasDigit = true;
                continue;
            }
            if (category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter)
            {
                if (rune.Value == 0x0640) continue; // Arabic tatweel only stretches a word.
                var upper = Rune.ToUpperInvariant(rune);
                var written = LookAlikes.ToLatin(upper.Value) is { } latin ? Put(pair, latin) : upper.EncodeToUtf16(pair);
                for (var k = 0; k < written; k++)
                {
                    if (!Append(ref buffer, ref length, pair[k])) return;
                }
                Script |= LetterScript(rune.Value);
                hasLetter = true;
                lastWasDigit = false;
                continue;
            }
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (inToken && lastWasDigit)
                {
                    Problem = InputReasons.CombiningOnDigit.With(InputReasons.Hex(rune.Value));
                    return;
                }
                continue;
            }
            if (category == UnicodeCategory.Format) continue; // LRM, RLM, ZWJ, ZWNJ, soft hyphen: invisible joiners.

            if (rune.Value is 0x2295 or 0x2A01) NatoMark = true;
            EndToken();
            var c = rune.Value < 0x80 && !char.IsWhiteSpace((char)rune.Value) ? (char)rune.Value : ' ';
            if (separator is '\0' or ' ') separator = c;
        }
        EndToken();
        Text = new string(buffer[..length]);

        var digitSystems = Script & (MarkingScript.LatinDigits | MarkingScript.ArabicIndicDigits | MarkingScript.PersianDigits
            | MarkingScript.ThaiDigits | MarkingScript.OtherDigits);
        if (digitSystems != 0 && (digitSystems & (digitSystems - 1)) != 0)
        {
            Problem = InputReasons.MixedDigits.With(digitSystems.ToString());
        }
        else if (TokenCount == 0)
        {
            Problem = InputReasons.NothingToRead.With();
        }

        bool Append(ref Span<char> buf, ref int len, char ch)
        {
            if (!inToken)
            {
                if (TokenCount == MaxTokens)
                {
                    Problem = InputReasons.TooManyGroups.With(MaxTokens);
                    return false;
                }
                if (TokenCount > 0)
                {
                    if (len + 1 >= buf.Length) { Problem = InputReasons.TooLongNormalised.With(); return false; }
                    buf[len++] = separator is '\0' ? ' ' : separator;
                }
                inToken = true;
                tokenStart = len;
                hasDigit = hasLetter = false;
            }
            if (len + 2 >= buf.Length) { Problem = InputReasons.TooLongNormalised.With(); return false; }
            buf[len++] = ch;
            return true;
        }

        void EndToken()
        {
            if (!inToken) return;
            _tokens[TokenCount] = new MarkingToken(tokenStart, length - tokenStart, TokenCount == 0 ? '\0' : separator is '\0' ? ' ' : separator, hasDigit, hasLetter);
            TokenCount++;
            inToken = false;
            separator = '\0';
        }
    }

    private static int Put(Span<char> target, char c)
    {
        target[0] = c;
        return 1;
    }

    private static MarkingScript DigitScript(int cp) => cp switch
    {
        <= '9' => MarkingScript.LatinDigits,
        >= 0x0660 and <= 0x0669 => MarkingScript.ArabicIndicDigits,
        >= 0x06F0 and <= 0x06F9 => MarkingScript.PersianDigits,
        >= 0x0E50 and <= 0x0E59 => MarkingScript.ThaiDigits,
        _ => MarkingScript.OtherDigits,
    };

    private static MarkingScript LetterScript(int cp) => cp switch
    {
        < 0x0250 => MarkingScript.Latin,
        >= 0x0370 and < 0x0400 => MarkingScript.Greek,
        >= 0x0400 and < 0x0530 => MarkingScript.Cyrillic,
        >= 0x0600 and < 0x0780 or >= 0xFB50 and < 0xFE00 or >= 0xFE70 and < 0xFF00 => MarkingScript.Arabic,
        >= 0x0E00 and < 0x0E80 => MarkingScript.Thai,
        >= 0x1100 and < 0x1200 or >= 0x3130 and < 0x3190 or >= 0xAC00 and < 0xD7B0 => MarkingScript.Hangul,
        >= 0x3400 and < 0x4DC0 or >= 0x4E00 and < 0xA000 or >= 0xF900 and < 0xFB00 or >= 0x20000 and < 0x2FA20 => MarkingScript.Han,
        _ => MarkingScript.OtherLetters,
    };
}
