using System.Globalization;
using Remnant.Domain.Dating;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.DateCodes;

/// <summary>
/// Reads electronic component date codes. YYWW (most common) stands for its whole ISO-8601 week,
/// Monday to Sunday: <c>2436</c> is 2024-09-02..2024-09-08 and <c>2001</c> is 2019-12-30..2020-01-05;
/// week 53 exists only in 53-week years, so <c>2153</c> is flagged. YWW and YMMDD carry one year digit
/// and so every decade that fits (1990 to today) unless the era window picks one. WWYY also exists.
/// A single site or revision letter before or after the digits is kept as a field. With a known
/// maker, the format table picks the maker's format and rejects the others.
/// </summary>
public sealed partial class DateCodeDecoder(DateCodeFormatTable formats) : IMarkingFamily
{
    /// <summary>Earliest year taken for a two-digit date-code year: integrated circuits carry none older.</summary>
    public const int EarliestYear = 1960;

    /// <summary>Earliest decade offered for a one-digit year.</summary>
    public const int EarliestDecade = 1990;

    /// <summary>The maker formats in use.</summary>
    public DateCodeFormatTable Formats { get; } = formats ?? DateCodeFormatTable.Empty;

    DecoderFamily IMarkingFamily.Family => DecoderFamily.DateCode;

    /// <summary>Decodes <paramref name="text"/> as a component date code only; never throws.</summary>
    public DecodeResult Decode(string? text, DecodeContext context) => MarkingDecoder.Run(text, context, [this], explicitKind: true);

    void IMarkingFamily.Collect(MarkingText text, DecodeContext context, Hypotheses into)
    {
        if (text.HasNonLatinDigits || !TrySplit(text, out var digits, out var letter))
        {
            into.NotThisShape(DecodingSystems.Yyww, DateCodeReasons.NotACode.With());
            return;
        }
        var first = into.Candidates.Count;
        var reading = new CodeReading(into, letter);
        switch (digits.Length)
        {
            case 3:
                Yww(reading, digits[0] - '0', Number(digits[1..]));
                break;
            case 4:
                Weekly(reading, DecodingSystems.Yyww, Number(digits[..2]), Number(digits[2..]), Confidence.Medium);
                Weekly(reading, DecodingSystems.Wwyy, Number(digits[2..]), Number(digits[..2]), Confidence.Low);
                break;
            case 5:
                Ymmdd(reading, digits[0] - '0', Number(digits[1..3]), Number(digits[3..]));
                break;
            default:
                into.NotThisShape(DecodingSystems.Yyww, DateCodeReasons.DigitCount.With(digits.Length));
                return;
        }
        ApplyMaker(context.Maker, into, first);
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    // One group of digits with at most one letter before or after it (site, revision).
    private static bool TrySplit(MarkingText text, out ReadOnlySpan<char> digits, out char letter)
    {
        digits = default;
        letter = '\0';
        if (text.TokenCount != 1) return false;
        var token = text.Of(text.Tokens[0]);
        if (token.Length > 0 && char.IsAsciiLetterUpper(token[0])) { letter = token[0]; token = token[1..]; }
        else if (token.Length > 0 && char.IsAsciiLetterUpper(token[^1])) { letter = token[^1]; token = token[..^1]; }
        if (token.IsEmpty || token.ContainsAnyExceptInRange('0', '9')) return false;
        digits = token;
        return true;
    }

    private readonly record struct CodeReading(Hypotheses Into, char Letter)
    {
        /// <summary>The reading's reason, with a note when a site or revision letter was read.</summary>
        public Reason Said(Phrase reading) => Letter == '\0' ? reading : Reason.Of(reading, DateCodeReasons.SiteLetter.With(Letter.ToString()));

        public InterpretationFields Fields(int year, string unit, int value) => Letter == '\0'
            ? InterpretationFields.Of(("year", Numbers.Text(year)), (unit, Numbers.TwoDigits(value)))
            : InterpretationFields.Of(("year", Numbers.Text(year)), (unit, Numbers.TwoDigits(value)), ("site", Letter.ToString()));
    }

    private static bool TryWeek(Hypotheses into, string system, int year, int week, string code, out DateInterval interval)
    {
        interval = default;
        if (week is < 1 or > 53)
        {
            into.Reject(system, DateCodeReasons.NoSuchWeek.With(system.ToUpperInvariant(), code, Numbers.TwoDigits(week)));
            return false;
        }
        if (week == 53 && ISOWeek.GetWeeksInYear(year) == 52)
        {
            into.Reject(system, DateCodeReasons.NoWeek53.With(system.ToUpperInvariant(), code, year));
            return false;
        }
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        interval = new DateInterval(monday, monday.AddDays(6));
        return true;
    }
}
