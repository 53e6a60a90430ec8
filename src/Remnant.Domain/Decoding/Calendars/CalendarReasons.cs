using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.Calendars;

/// <summary>What the calendar family says, one template per sentence (see <see cref="Template"/>).</summary>
internal static class CalendarReasons
{
    public static readonly Template NotAYear = new("A calendar year is one number of 1 to 4 digits, optionally with an era word; this marking is not.");
    public static readonly Template UnknownEraWord = new("The word beside the number is not a known era word.");
    public static readonly Template NamedButNotCarried = new("The marking names the {0} calendar, but {1} is not a year it can carry.", DecodingWords.Systems);
    public static readonly Template NamedEra = new("The marking names this era.");

    public static readonly Template JucheYearZero = new("Juche has no year 0: Juche 1 is 1912.");
    public static readonly Template Juche = new("Juche year {0} = {1} (Gregorian = Juche + 1911), the DPRK calendar.");
    public static readonly Template JucheEarly = new("The Juche calendar was introduced in 1997 (Juche 86): an earlier Juche year is valid arithmetic but unlikely on an item.");
    public static readonly Template JucheDropped = new("DPRK media reportedly stopped using Juche years in October 2024: a newer item may carry a Gregorian year.");

    public static readonly Template MinguoYearZero = new("Minguo has no year 0: Minguo 1 is 1912.");
    public static readonly Template Minguo = new("Minguo (Republic of China, Taiwan) year {0} = {1} (Gregorian = Minguo + 1911: the same offset as Juche, a different country).");

    public static readonly Template TwoDigitEitherCentury = new("Two-digit Gregorian year '{0}' = {1}: the century is not written, so it is {2} or {3}.");
    public static readonly Template TwoDigitOlderCentury = new("Two-digit Gregorian year '{0}' = {1}: the century is not written; {2} would be in the future.");
    public static readonly Template GregorianTooEarly = new("Gregorian year {0} is before {1}: no recovered materiel is that old.");
    public static readonly Template Gregorian = new("Gregorian year {0}.");

    public static readonly Template SolarHijri = new("Solar Hijri year {0} = {1} (Nowruz to the day before the next Nowruz, from .NET PersianCalendar), the calendar of Iran and Afghanistan.");
    public static readonly Template ImperialNeverUsed = new("Imperial Persian year {0} was never used: Iran used the Imperial calendar only from March 1976 to August 1978 (2535-2537).");
    public static readonly Template Imperial = new("Imperial Persian year {0} = Solar Hijri {1} = {2} (Gregorian = Imperial - 559); Iran used this calendar only from March 1976 to August 1978.");
    public static readonly Template LunarOutsideTables = new("Lunar Hijri year {0} is outside the Umm al-Qura tables ({1}-{2} AH): not converted rather than guessed.");
    public static readonly Template LunarHijri = new("Lunar Hijri year {0} = {1} (Umm al-Qura tables, .NET UmAlQuraCalendar).");
    public static readonly Template ThaiBuddhist = new("Thai Buddhist era {0} = {1} (Gregorian = BE - 543; years began on 1 April before 1941).");
}
