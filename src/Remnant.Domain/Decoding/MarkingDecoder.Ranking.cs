using Remnant.Domain.Items;

namespace Remnant.Domain.Decoding;

public sealed partial class MarkingDecoder
{
    // Calendars whose use a digit or letter script supports; the others are less likely in that script.
    private static readonly (MarkingScript Script, string[] Systems, string Why)[] ScriptHints =
    [
        (MarkingScript.PersianDigits, [DecodingSystems.SolarHijri, DecodingSystems.ImperialPersian], "Written in Persian digits, as in Iran and Afghanistan."),
        (MarkingScript.ArabicIndicDigits, [DecodingSystems.LunarHijri, DecodingSystems.SolarHijri], "Written in Arabic-Indic digits, as in Arabic-speaking countries."),
        (MarkingScript.ThaiDigits, [DecodingSystems.ThaiBuddhist], "Written in Thai digits."),
        (MarkingScript.Hangul, [DecodingSystems.Juche], "Hangul beside the number points to Korea."),
        (MarkingScript.Han, [DecodingSystems.Minguo], "Chinese characters beside the number point to the Republic of China (the DPRK writes Hangul)."),
    ];

    private static void Rank(Hypotheses found, DecodeContext context, MarkingScript script)
    {
        foreach (var candidate in found.Candidates)
        {
            ByCountry(candidate, context);
            ByScript(candidate, script);
            ByCategory(candidate, context.Category);
        }
        ByEra(found, context);
    }

    private static void ByCountry(Candidate candidate, DecodeContext context)
    {
        if (context.Country is not { } country || candidate.Countries is not { } countries) return;
        if (countries.Contains(country.Value))
        {
            candidate.Raise($"The country of manufacture, {country}, uses this {(candidate.Family == DecoderFamily.Calendar ? "calendar" : "marking")}: ranked up.");
        }
        else
        {
            candidate.Lower($"This reading points to {string.Join("/", countries)}, but the country of manufacture is {country}: ranked down.");
        }
    }

    private static void ByScript(Candidate candidate, MarkingScript script)
    {
        if (candidate.Family != DecoderFamily.Calendar)
        {
            if ((script & (MarkingScript.ArabicIndicDigits | MarkingScript.PersianDigits | MarkingScript.ThaiDigits)) != 0)
            {
                candidate.Lower("Date codes, headstamps and lot numbers are written in 0-9, not in this script's digits.");
            }
            return;
        }
        foreach (var (hint, systems, why) in ScriptHints)
        {
            if ((script & hint) == 0) continue;
            if (systems.Contains(candidate.System)) candidate.Raise(why);
            else if (candidate.System != DecodingSystems.Gregorian && candidate.System != DecodingSystems.LunarHijri) candidate.Lower($"{why} That speaks against this calendar.");
        }
    }

    private static void ByCategory(Candidate candidate, ItemCategory? category)
    {
        switch (category, candidate.Family)
        {
            // A one-digit-year code stays Low: the category says "date code", not which decade.
            case (ItemCategory.Component, DecoderFamily.DateCode) when candidate.Group == 0:
                candidate.Raise("Date codes are the usual date mark on electronic components.");
                break;
            case (ItemCategory.Ammunition, DecoderFamily.Headstamp or DecoderFamily.Lot):
                candidate.Raise("Headstamps and lot numbers are the usual marks on ammunition.");
                break;
            case (ItemCategory.Ammunition or ItemCategory.SmallArm or ItemCategory.LightWeapon or ItemCategory.Artillery, DecoderFamily.DateCode):
                candidate.Lower($"Electronic date codes are unusual on {category.Value.ToCode()} items.");
                break;
            case (ItemCategory.Component, DecoderFamily.Headstamp):
                candidate.Lower("A headstamp is a cartridge mark, unusual on a component.");
                break;
        }
    }

    // An era window (from the parent item or the case) rejects readings outside it and picks the
    // decade or century of a one- or two-digit year when exactly one reading of the group is inside.
    private static void ByEra(Hypotheses found, DecodeContext context)
    {
        if (context.Era is not { } era) return;
        for (var i = found.Candidates.Count - 1; i >= 0; i--)
        {
            var candidate = found.Candidates[i];
            if (candidate.Interval.Overlaps(era)) continue;
            found.Candidates.RemoveAt(i);
            found.Reject(candidate.System, $"{candidate.Reason} Rejected: {candidate.Interval} lies outside the era window {era} given by the context.");
        }
        foreach (var group in found.Candidates.Where(c => c.Group != 0).GroupBy(c => c.Group))
        {
            if (group.Count() == 1 && found.Rejected.Count > 0)
            {
                group.First().Raise($"The era window {era} leaves this as the only {group.First().System} reading.");
            }
        }
    }
}
