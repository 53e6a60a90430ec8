using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>Why a marking cannot be decoded at all (see <see cref="MarkingText.Problem"/>).</summary>
internal static class InputReasons
{
    public static readonly Template TooLong = new("The marking is {0} characters long; one marking is at most {1}. Check that a whole text was not pasted.");
    public static readonly Template Empty = new("The marking is empty.");
    public static readonly Template Control = new("The marking contains the control character U+{0} at position {1}: it is not part of any visible marking.");
    public static readonly Template LoneSurrogate = new("The marking contains a lone surrogate U+{0} at position {1}: it is not valid Unicode text.");
    public static readonly Template Bidi = new("The marking contains the bidirectional control U+{0} at position {1}: what is displayed can differ from what is stored (U+202E shows 311 as 113), so the reading cannot be trusted. Re-enter it without the control.");
    public static readonly Template NotUnicode = new("The marking is not valid Unicode text.");
    public static readonly Template CombiningOnDigit = new("A combining mark (U+{0}) sits on a digit: the digit cannot be read reliably.");
    public static readonly Template MixedDigits = new("The marking mixes digit systems ({0}): a transcription error is more likely than such a marking.");
    public static readonly Template NothingToRead = new("The marking holds no letters or digits.");
    public static readonly Template TooManyGroups = new("The marking has more than {0} separate groups: it is not a single marking.");
    public static readonly Template TooLongNormalised = new("The marking is too long once normalised.");

    /// <summary>A code point as written after U+: four hex digits at least.</summary>
    public static string Hex(int value) => value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
