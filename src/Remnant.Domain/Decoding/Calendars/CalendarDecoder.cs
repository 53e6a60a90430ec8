using Remnant.Domain.Geography;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.Calendars;

/// <summary>
/// Reads a year in any calendar a marking may use: Juche, Minguo, Solar Hijri, Imperial Persian,
/// Lunar Hijri, Thai Buddhist, Gregorian (two and four digits). A bare number gets every calendar
/// it fits; an era word beside it (<c>주체 113</c>, <c>۱۴۰۳ ه.ش</c>) names one. A year is always the
/// whole year as an interval, never a point.
/// </summary>
public sealed partial class CalendarDecoder : IMarkingFamily
{
    private static readonly string[] Kp = ["KP"], Tw = ["TW"], IranAfghanistan = ["IR", "AF"], Iran = ["IR"], Thailand = ["TH"];

    // Where the Umm al-Qura (Saudi) Hijri calendar dates documents and goods; elsewhere it is less likely.
    private static readonly string[] HijriCountries = ["SA", "YE", "AE", "QA", "KW", "BH", "OM"];

    /// <summary>Lowest Gregorian year taken as a production date: nothing older is recovered materiel.</summary>
    public const int EarliestYear = 1800;

    DecoderFamily IMarkingFamily.Family => DecoderFamily.Calendar;

    /// <summary>Decodes <paramref name="text"/> as a calendar year only; never throws.</summary>
    public DecodeResult Decode(string? text, DecodeContext context) => MarkingDecoder.Run(text, context, [this], explicitKind: true);

    void IMarkingFamily.Collect(MarkingText text, DecodeContext context, Hypotheses into)
    {
        var shape = Split(text.Text, out var digits, out var named);
        if (shape == Shape.NotAYear)
        {
            into.NotThisShape(DecodingSystems.Gregorian, CalendarReasons.NotAYear.With());
            return;
        }
        if (shape == Shape.UnknownWord)
        {
            into.NotThisShape(DecodingSystems.Gregorian, CalendarReasons.UnknownEraWord.With());
            return;
        }
        var year = int.Parse(digits);
        var leadingZero = digits.Length > 1 && digits[0] == '0';
        var era = new EraReading(into, named, year, digits.Length, leadingZero, text.Script);
        if (digits.Length <= 3)
        {
            Juche(era);
            Minguo(era);
        }
        Gregorian(era);
        if (digits.Length == 4)
        {
            SolarHijri(era);
            ImperialPersian(era);
            LunarHijri(era);
            ThaiBuddhist(era);
        }
        if (named is not null && into.Candidates.Count == 0 && !into.Rejected.Exists(r => r.System == named))
        {
            into.Reject(named, CalendarReasons.NamedButNotCarried.With(DecodingWords.System(named), digits.ToString()));
        }
    }

    private enum Shape { Year, NotAYear, UnknownWord }

    // One run of digits and any letters around it (an era word); separators are ignored.
    private static Shape Split(string text, out ReadOnlySpan<char> digits, out string? named)
    {
        digits = default;
        named = null;
        int digitStart = -1, digitEnd = -1;
        Span<char> letters = stackalloc char[32];
        var letterCount = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (digitStart < 0) digitStart = i;
                else if (digitEnd != i) return Shape.NotAYear; // a second number
                digitEnd = i + 1;
            }
            else if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                if (letterCount == letters.Length) return Shape.NotAYear;
                letters[letterCount++] = c;
            }
        }
        if (digitStart < 0 || digitEnd - digitStart > 4) return Shape.NotAYear;
        digits = text.AsSpan(digitStart, digitEnd - digitStart);
        return letterCount == 0 || EraWords.TryRead(letters[..letterCount], out named) ? Shape.Year : Shape.UnknownWord;
    }

    private readonly record struct EraReading(Hypotheses Into, string? Named, int Year, int Digits, bool LeadingZero, MarkingScript Script)
    {
        public bool Considers(string system) => Named is null || Named == system;

        public Confidence Base(Confidence plain) => Named is null ? plain : Confidence.High;

        /// <summary>The reading's reason, with a note when the marking named this era.</summary>
        public Reason Said(string system, Phrase reading) => Named == system ? Reason.Of(reading, NamedEra) : reading;
    }

    private static readonly Phrase NamedEra = CalendarReasons.NamedEra.With();

    private static readonly CountryCode KpCode = CountryCode.Parse("KP"), TwCode = CountryCode.Parse("TW"),
        IrCode = CountryCode.Parse("IR"), ThCode = CountryCode.Parse("TH");
}
