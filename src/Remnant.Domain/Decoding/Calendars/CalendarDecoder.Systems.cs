using Remnant.Domain.Dating;

namespace Remnant.Domain.Decoding.Calendars;

public sealed partial class CalendarDecoder
{
    private const int JucheIntroduced = 86; // 1997

    private static void Juche(EraReading era)
    {
        if (!era.Considers(DecodingSystems.Juche) || era.LeadingZero) return;
        if (era.Year == 0)
        {
            era.Into.Reject(DecodingSystems.Juche, "Juche has no year 0: Juche 1 is 1912.");
            return;
        }
        var gregorian = era.Year + CalendarYears.JucheOffset;
        var early = era.Year < JucheIntroduced;
        var reason = $"Juche year {era.Year} = {gregorian} (Gregorian = Juche + 1911), the DPRK calendar.{era.NamedNote(DecodingSystems.Juche)}"
            + (early ? " The Juche calendar was introduced in 1997 (Juche 86): an earlier Juche year is valid arithmetic but unlikely on an item." : "")
            + (gregorian >= 2025 ? " DPRK media reportedly stopped using Juche years in October 2024: a newer item may carry a Gregorian year." : "");
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Juche, DateInterval.Year(gregorian),
            early && era.Named is null ? Confidence.Low : era.Base(Confidence.Medium), reason)
        {
            Country = KpCode, Countries = Kp,
            Fields = InterpretationFields.Of(("calendar", "juche"), ("year", Numbers.Text(era.Year)), ("gregorian", Numbers.Text(gregorian))),
        });
    }

    private static void Minguo(EraReading era)
    {
        if (!era.Considers(DecodingSystems.Minguo) || era.LeadingZero) return;
        if (era.Year == 0)
        {
            era.Into.Reject(DecodingSystems.Minguo, "Minguo has no year 0: Minguo 1 is 1912.");
            return;
        }
        var gregorian = era.Year + CalendarYears.JucheOffset;
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Minguo, DateInterval.Year(gregorian), era.Base(Confidence.Medium),
            $"Minguo (Republic of China, Taiwan) year {era.Year} = {gregorian} (Gregorian = Minguo + 1911: the same offset as Juche, a different country).{era.NamedNote(DecodingSystems.Minguo)}")
        {
            Country = TwCode, Countries = Tw,
            Fields = InterpretationFields.Of(("calendar", "minguo"), ("year", Numbers.Text(era.Year)), ("gregorian", Numbers.Text(gregorian))),
        });
    }

    private static void Gregorian(EraReading era)
    {
        if (!era.Considers(DecodingSystems.Gregorian)) return;
        if (era.Digits == 2)
        {
            // A two-digit year names no century: each century that is not in the future stands.
            var group = era.Into.NewGroup();
            int recent = 2000 + era.Year, older = 1900 + era.Year;
            var recentPossible = recent <= era.Into.Today.Year;
            var why = recentPossible
                ? $"the century is not written, so it is {recent} or {older}"
                : $"the century is not written; {recent} would be in the future";
            foreach (var year in recentPossible ? new[] { recent, older } : [older])
            {
                era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Gregorian, DateInterval.Year(year), era.Base(Confidence.Low),
                    $"Two-digit Gregorian year '{Numbers.TwoDigits(era.Year)}' = {year}: {why}.")
                {
                    Group = group,
                    Fields = InterpretationFields.Of(("year", Numbers.Text(year))),
                });
            }
            return;
        }
        if (era.Digits != 4 || era.Year is < 1000 or > 2999) return;
        if (era.Year < EarliestYear)
        {
            era.Into.Reject(DecodingSystems.Gregorian, $"Gregorian year {era.Year} is before {EarliestYear}: no recovered materiel is that old.");
            return;
        }
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Gregorian, DateInterval.Year(era.Year), era.Base(Confidence.Medium),
            $"Gregorian year {era.Year}.{era.NamedNote(DecodingSystems.Gregorian)}")
        {
            Fields = InterpretationFields.Of(("year", Numbers.Text(era.Year))),
        });
    }

    private static void SolarHijri(EraReading era)
    {
        if (!era.Considers(DecodingSystems.SolarHijri) || era.Year is < 1200 or > 1499) return;
        if (!CalendarYears.TrySolarHijri(era.Year, out var interval)) return;
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.SolarHijri, interval, era.Base(Confidence.Medium),
            $"Solar Hijri year {era.Year} = {interval} (Nowruz to the day before the next Nowruz, from .NET PersianCalendar), the calendar of Iran and Afghanistan.{era.NamedNote(DecodingSystems.SolarHijri)}")
        {
            Country = IrCode, Countries = IranAfghanistan,
            Fields = InterpretationFields.Of(("calendar", "solar-hijri"), ("year", Numbers.Text(era.Year))),
        });
    }

    private static void ImperialPersian(EraReading era)
    {
        if (!era.Considers(DecodingSystems.ImperialPersian) || era.Year is < 2500 or > 2599) return;
        if (era.Year is < 2535 or > 2537)
        {
            era.Into.Reject(DecodingSystems.ImperialPersian, $"Imperial Persian year {era.Year} was never used: Iran used the Imperial calendar only from March 1976 to August 1978 (2535-2537).");
            return;
        }
        CalendarYears.TrySolarHijri(era.Year - CalendarYears.ImperialOffset, out var interval);
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.ImperialPersian, interval, era.Base(Confidence.Medium),
            $"Imperial Persian year {era.Year} = Solar Hijri {era.Year - CalendarYears.ImperialOffset} = {interval} (Gregorian = Imperial - 559); Iran used this calendar only from March 1976 to August 1978.{era.NamedNote(DecodingSystems.ImperialPersian)}")
        {
            Country = IrCode, Countries = Iran,
            Fields = InterpretationFields.Of(("calendar", "imperial-persian"), ("year", Numbers.Text(era.Year))),
        });
    }

    private static void LunarHijri(EraReading era)
    {
        if (!era.Considers(DecodingSystems.LunarHijri) || era.Year is < 1200 or > 1599) return;
        if (!CalendarYears.TryLunarHijri(era.Year, out var interval))
        {
            era.Into.Reject(DecodingSystems.LunarHijri, $"Lunar Hijri year {era.Year} is outside the Umm al-Qura tables ({CalendarYears.FirstLunar}-{CalendarYears.LastLunar} AH): not converted rather than guessed.");
            return;
        }
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.LunarHijri, interval, era.Base(Confidence.Medium),
            $"Lunar Hijri year {era.Year} = {interval} (Umm al-Qura tables, .NET UmAlQuraCalendar).{era.NamedNote(DecodingSystems.LunarHijri)}")
        {
            Countries = HijriCountries,
            Fields = InterpretationFields.Of(("calendar", "lunar-hijri"), ("year", Numbers.Text(era.Year))),
        });
    }

    private static void ThaiBuddhist(EraReading era)
    {
        if (!era.Considers(DecodingSystems.ThaiBuddhist) || era.Year < EarliestYear + CalendarYears.ThaiOffset || era.Year > 2999) return;
        var interval = CalendarYears.ThaiBuddhist(era.Year);
        // Before 1900 (BE 2443) a Thai date on recovered materiel is possible but rare.
        var plain = era.Year >= 2443 ? Confidence.Medium : Confidence.Low;
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.ThaiBuddhist, interval, era.Base(plain),
            $"Thai Buddhist era {era.Year} = {interval} (Gregorian = BE - 543; years began on 1 April before 1941).{era.NamedNote(DecodingSystems.ThaiBuddhist)}")
        {
            Country = ThCode, Countries = Thailand,
            Fields = InterpretationFields.Of(("calendar", "thai-buddhist"), ("year", Numbers.Text(era.Year))),
        });
    }
}
