using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>What ranking by context and the rules common to every family say (see <see cref="Template"/>).</summary>
internal static class RankingReasons
{
    public static readonly Template WrongShape = new("The marking does not have the shape this decoder reads.");
    public static readonly Template NoDecoder = new("No decoder recognises this marking: it is not a calendar year, headstamp, component date code or MIL-STD-1168 lot number.");

    public static readonly Template StartsAfterToday = new("Rejected: it would start {0}, after today ({1}).");
    public static readonly Template EndsToday = new("Ends today ({0}), not later: nothing was made in the future.");

    public static readonly Template CountryUses = new("The country of manufacture, {0}, uses this {1}: ranked up.", null, DecodingWords.CalendarOrMarking);
    public static readonly Template CountryDiffers = new("This reading points to {0}, but the country of manufacture is {1}: ranked down.");

    public static readonly Template LatinDigitsOnly = new("Date codes, headstamps and lot numbers are written in 0-9, not in this script's digits.");
    public static readonly Template PersianDigits = new("Written in Persian digits, as in Iran and Afghanistan.");
    public static readonly Template ArabicIndicDigits = new("Written in Arabic-Indic digits, as in Arabic-speaking countries.");
    public static readonly Template ThaiDigits = new("Written in Thai digits.");
    public static readonly Template Hangul = new("Hangul beside the number points to Korea.");
    public static readonly Template Han = new("Chinese characters beside the number point to the Republic of China (the DPRK writes Hangul).");
    public static readonly Template AgainstCalendar = new("That speaks against this calendar.");

    public static readonly Template ComponentDateCode = new("Date codes are the usual date mark on electronic components.");
    public static readonly Template AmmunitionMarks = new("Headstamps and lot numbers are the usual marks on ammunition.");
    public static readonly Template DateCodeUnusual = new("Electronic date codes are unusual on {0} items.", DecodingWords.Categories);
    public static readonly Template HeadstampOnComponent = new("A headstamp is a cartridge mark, unusual on a component.");

    public static readonly Template OutsideEra = new("Rejected: {0} lies outside the era window {1} given by the context.");
    public static readonly Template OnlyInEra = new("The era window {0} leaves this as the only {1} reading.", null, DecodingWords.Systems);
}
