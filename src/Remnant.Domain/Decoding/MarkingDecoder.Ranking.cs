using Remnant.Domain.Items;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

public sealed partial class MarkingDecoder
{
    // Calendars whose use a digit or letter script supports; the others are less likely in that script.
    private static readonly (MarkingScript Script, string[] Systems, Phrase Why)[] ScriptHints =
    [
        (MarkingScript.PersianDigits, [DecodingSystems.SolarHijri, DecodingSystems.ImperialPersian], RankingReasons.PersianDigits.With()),
        (MarkingScript.ArabicIndicDigits, [DecodingSystems.LunarHijri, DecodingSystems.SolarHijri], RankingReasons.ArabicIndicDigits.With()),
        (MarkingScript.ThaiDigits, [DecodingSystems.ThaiBuddhist], RankingReasons.ThaiDigits.With()),
        (MarkingScript.Hangul, [DecodingSystems.Juche], RankingReasons.Hangul.With()),
        (MarkingScript.Han, [DecodingSystems.Minguo], RankingReasons.Han.With()),
    ];

    private static readonly Phrase AgainstCalendar = RankingReasons.AgainstCalendar.With();

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
            var what = candidate.Family == DecoderFamily.Calendar ? DecodingWords.Calendar : DecodingWords.Marking;
            candidate.Raise(RankingReasons.CountryUses.With(country, what.With()));
        }
        else
        {
            candidate.Lower(RankingReasons.CountryDiffers.With(string.Join("/", countries), country));
        }
    }

    private static void ByScript(Candidate candidate, MarkingScript script)
    {
        if (candidate.Family != DecoderFamily.Calendar)
        {
            if ((script & (MarkingScript.ArabicIndicDigits | MarkingScript.PersianDigits | MarkingScript.ThaiDigits)) != 0)
            {
                candidate.Lower(RankingReasons.LatinDigitsOnly.With());
            }
            return;
        }
        foreach (var (hint, systems, why) in ScriptHints)
        {
            if ((script & hint) == 0) continue;
            if (systems.Contains(candidate.System)) candidate.Raise(why);
            else if (candidate.System != DecodingSystems.Gregorian && candidate.System != DecodingSystems.LunarHijri) candidate.Lower(why, AgainstCalendar);
        }
    }

    private static void ByCategory(Candidate candidate, ItemCategory? category)
    {
        switch (category, candidate.Family)
        {
            // A one-digit-year code stays Low: the category says "date code", not which decade.
            case (ItemCategory.Component, DecoderFamily.DateCode) when candidate.Group == 0:
                candidate.Raise(RankingReasons.ComponentDateCode.With());
                break;
            case (ItemCategory.Ammunition, DecoderFamily.Headstamp or DecoderFamily.Lot):
                candidate.Raise(RankingReasons.AmmunitionMarks.With());
                break;
            case (ItemCategory.Ammunition or ItemCategory.SmallArm or ItemCategory.LightWeapon or ItemCategory.Artillery, DecoderFamily.DateCode):
                candidate.Lower(RankingReasons.DateCodeUnusual.With(DecodingWords.Category(category.Value)));
                break;
            case (ItemCategory.Component, DecoderFamily.Headstamp):
                candidate.Lower(RankingReasons.HeadstampOnComponent.With());
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
            found.Reject(candidate.System, candidate.Reason.Then(RankingReasons.OutsideEra.With(candidate.Interval, era)));
        }
        foreach (var group in found.Candidates.Where(c => c.Group != 0).GroupBy(c => c.Group))
        {
            if (group.Count() == 1 && found.Rejected.Count > 0)
            {
                group.First().Raise(RankingReasons.OnlyInEra.With(era, DecodingWords.System(group.First().System)));
            }
        }
    }
}
