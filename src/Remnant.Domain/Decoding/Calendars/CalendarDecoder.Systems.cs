using Remnant.Domain.Dating;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.Calendars;

public sealed partial class CalendarDecoder
{
    private const int JucheIntroduced = 86; // 1997

    private static void Juche(EraReading era)
    {
        if (!era.Considers(DecodingSystems.Juche) || era.LeadingZero) return;
        if (era.Year == 0)
        {
            era.Into.Reject(DecodingSystems.Juche, CalendarReasons.JucheYearZero.With());
            return;
        }
        var gregorian = era.Year + CalendarYears.JucheOffset;
        var early = era.Year < JucheIntroduced;
        var reason = era.Said(DecodingSystems.Juche, CalendarReasons.Juche.With(era.Year, gregorian));
        if (early) reason = reason.Then(CalendarReasons.JucheEarly.With());
        if (gregorian >= 2025) reason = reason.Then(CalendarReasons.JucheDropped.With());
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
            era.Into.Reject(DecodingSystems.Minguo, CalendarReasons.MinguoYearZero.With());
            return;
        }
        var gregorian = era.Year + CalendarYears.JucheOffset;
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Minguo, DateInterval.Year(gregorian), era.Base(Confidence.Medium),
            era.Said(DecodingSystems.Minguo, CalendarReasons.Minguo.With(era.Year, gregorian)))
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
            foreach (var year in recentPossible ? new[] { recent, older } : [older])
            {
                era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Gregorian, DateInterval.Year(year), era.Base(Confidence.Low),
                    recentPossible
                        ? CalendarReasons.TwoDigitEitherCentury.With(Numbers.TwoDigits(era.Year), year, recent, older)
                        : CalendarReasons.TwoDigitOlderCentury.With(Numbers.TwoDigits(era.Year), year, recent))
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
            era.Into.Reject(DecodingSystems.Gregorian, CalendarReasons.GregorianTooEarly.With(era.Year, EarliestYear));
            return;
        }
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.Gregorian, DateInterval.Year(era.Year), era.Base(Confidence.Medium),
            era.Said(DecodingSystems.Gregorian, CalendarReasons.Gregorian.With(era.Year)))
        {
            Fields = InterpretationFields.Of(("year", Numbers.Text(era.Year))),
        });
    }

    private static void SolarHijri(EraReading era)
    {
        if (!era.Considers(DecodingSystems.SolarHijri) || era.Year is < 1200 or > 1499) return;
        if (!CalendarYears.TrySolarHijri(era.Year, out var interval)) return;
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.SolarHijri, interval, era.Base(Confidence.Medium),
            era.Said(DecodingSystems.SolarHijri, CalendarReasons.SolarHijri.With(era.Year, interval)))
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
            era.Into.Reject(DecodingSystems.ImperialPersian, CalendarReasons.ImperialNeverUsed.With(era.Year));
            return;
        }
        CalendarYears.TrySolarHijri(era.Year - CalendarYears.ImperialOffset, out var interval);
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.ImperialPersian, interval, era.Base(Confidence.Medium),
            era.Said(DecodingSystems.ImperialPersian, CalendarReasons.Imperial.With(era.Year, era.Year - CalendarYears.ImperialOffset, interval)))
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
            era.Into.Reject(DecodingSystems.LunarHijri, CalendarReasons.LunarOutsideTables.With(era.Year, CalendarYears.FirstLunar, CalendarYears.LastLunar));
            return;
        }
        era.Into.Add(new Candidate(DecoderFamily.Calendar, DecodingSystems.LunarHijri, interval, era.Base(Confidence.Medium),
            era.Said(DecodingSystems.LunarHijri, CalendarReasons.LunarHijri.With(era.Year, interval)))
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
            era.Said(DecodingSystems.ThaiBuddhist, CalendarReasons.ThaiBuddhist.With(era.Year, interval)))
        {
            Country = ThCode, Countries = Thailand,
            Fields = InterpretationFields.Of(("calendar", "thai-buddhist"), ("year", Numbers.Text(era.Year))),
        });
    }
}
