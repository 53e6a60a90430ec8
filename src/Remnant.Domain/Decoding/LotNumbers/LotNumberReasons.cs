using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.LotNumbers;

/// <summary>What the lot-number family says, one template per sentence (see <see cref="Template"/>).</summary>
internal static class LotNumberReasons
{
    public static readonly Template NotALot = new("A MIL-STD-1168 lot number reads maker letters, two-digit year, month letter, three-digit interfix, hyphen, three-digit sequence (XYZ07D006-004); this marking does not.");
    public static readonly Template LetterI = new("Lot '{0}': month letter I is skipped by MIL-STD-1168 (it would be confused with 1); months run A-H, J-M. A misread or not a lot number.");
    public static readonly Template NotAMonth = new("Lot '{0}': '{1}' is not a month letter (A-H, J-M for January to December).");
    public static readonly Template Lot = new("MIL-STD-1168 lot '{0}': maker {1}, {2} {3} (month letter {4}, the whole month {5}), interfix {6}, sequence {7}.",
        null, null, DecodingWords.Months);
    public static readonly Template ReworkedLot = new("MIL-STD-1168 lot '{0}': maker {1}, {2} {3} (month letter {4}, the whole month {5}), interfix {6}, sequence {7}, rework suffix {8}.",
        null, null, DecodingWords.Months);
    public static readonly Template NoHyphen = new("The hyphen before the sequence is missing.");
}
