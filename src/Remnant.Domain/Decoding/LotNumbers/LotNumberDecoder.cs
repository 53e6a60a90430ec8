using System.Globalization;
using Remnant.Domain.Dating;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.LotNumbers;

/// <summary>
/// Reads US ammunition lot numbers (MIL-STD-1168): maker (1-3 letters), two-digit year, month letter
/// (A January .. M December, I skipped so it is never read as 1), three-digit interfix, hyphen,
/// three-digit sequence, optional rework suffix letters. <c>XYZ07D006-004</c> is maker XYZ, April 2007,
/// interfix 006, sequence 004. The month letter stands for the whole calendar month.
/// </summary>
public sealed class LotNumberDecoder : IMarkingFamily
{
    private const string MonthLetters = "ABCDEFGHJKLM";
    private static readonly string[] UnitedStates = ["US"];

    DecoderFamily IMarkingFamily.Family => DecoderFamily.Lot;

    /// <summary>Decodes <paramref name="text"/> as a lot number only; never throws.</summary>
    public DecodeResult Decode(string? text, DecodeContext context) => MarkingDecoder.Run(text, context, [this], explicitKind: true);

    void IMarkingFamily.Collect(MarkingText text, DecodeContext context, Hypotheses into)
    {
        if (text.HasNonLatinDigits || !TryParse(text, out var lot))
        {
            into.NotThisShape(DecodingSystems.MilStd1168, LotNumberReasons.NotALot.With());
            return;
        }
        var month = MonthLetters.IndexOf(lot.MonthLetter) + 1;
        if (month == 0)
        {
            into.Reject(DecodingSystems.MilStd1168, lot.MonthLetter == 'I'
                ? LotNumberReasons.LetterI.With(lot.Text)
                : LotNumberReasons.NotAMonth.With(lot.Text, lot.MonthLetter.ToString()));
            return;
        }
        var year = 2000 + lot.Year <= into.Today.Year ? 2000 + lot.Year : 1900 + lot.Year;
        var interval = DateInterval.Month(year, month);
        var said = lot.Suffix.Length > 0
            ? LotNumberReasons.ReworkedLot.With(lot.Text, lot.Maker, DecodingWords.Month(month), year, lot.MonthLetter.ToString(), interval, lot.Interfix, lot.Sequence, lot.Suffix)
            : LotNumberReasons.Lot.With(lot.Text, lot.Maker, DecodingWords.Month(month), year, lot.MonthLetter.ToString(), interval, lot.Interfix, lot.Sequence);
        into.Add(new Candidate(DecoderFamily.Lot, DecodingSystems.MilStd1168, interval, Confidence.High,
            lot.Hyphen ? said : Reason.Of(said, LotNumberReasons.NoHyphen.With()))
        {
            Countries = UnitedStates,
            Fields = InterpretationFields.Of(("maker", lot.Maker), ("year", Numbers.Text(year)),
                ("month", Numbers.TwoDigits(month)), ("interfix", lot.Interfix), ("sequence", lot.Sequence), ("suffix", lot.Suffix)),
        });
    }

    private readonly record struct Lot(string Text, string Maker, int Year, char MonthLetter, string Interfix, string Sequence, string Suffix, bool Hyphen);

    // Hand-written scan rather than a regular expression: no backtracking, no allocation until it matches.
    private static bool TryParse(MarkingText text, out Lot lot)
    {
        lot = default;
        if (text.TokenCount is < 1 or > 2) return false;
        var whole = text.Text.AsSpan();
        var hyphen = text.TokenCount == 2;
        if (hyphen && text.Tokens[1].SeparatorBefore != '-') return false;
        var i = 0;
        while (i < whole.Length && char.IsAsciiLetterUpper(whole[i])) i++;
        var makerLength = i;
        if (makerLength is < 1 or > 3 || whole.Length < i + 2 + 1 + 3 + 3 + (hyphen ? 1 : 0)) return false;
        if (!IsDigits(whole.Slice(i, 2))) return false;
        var year = (whole[i] - '0') * 10 + whole[i + 1] - '0';
        i += 2;
        var monthLetter = whole[i++];
        if (!char.IsAsciiLetterUpper(monthLetter)) return false;
        var interfix = whole.Slice(i, 3);
        if (!IsDigits(interfix)) return false;
        i += 3;
        if (hyphen)
        {
            if (whole[i] != '-') return false;
            i++;
        }
        if (whole.Length < i + 3) return false;
        var sequence = whole.Slice(i, 3);
        if (!IsDigits(sequence)) return false;
        i += 3;
        var suffix = whole[i..];
        if (suffix.Length > 2 || suffix.ContainsAnyExceptInRange('A', 'Z')) return false;
        lot = new Lot(whole.ToString(), whole[..makerLength].ToString(), year, monthLetter, interfix.ToString(), sequence.ToString(), suffix.ToString(), hyphen);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');
}
