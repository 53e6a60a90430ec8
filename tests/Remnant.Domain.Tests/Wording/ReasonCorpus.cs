using Remnant.Domain.Dating;
using Remnant.Domain.Decoding;
using Remnant.Domain.Decoding.DateCodes;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;
using Remnant.Domain.Wording;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Wording;

/// <summary>Markings and dating cases chosen so that, between them, the decoders and dating say every
/// sentence they can say (<see cref="ReasonTemplateTests.Corpus_SaysEverySentenceTemplate"/> holds it to that).</summary>
internal static class ReasonCorpus
{
    private static readonly (string? Marking, MarkingKind Kind, string? Country, ItemCategory? Category, string? Maker, int? EraFrom, int? EraTo)[] Markings =
    [
        ("113", MarkingKind.Auto, "KP", null, null, null, null), ("113", MarkingKind.Auto, "TW", null, null, null, null),
        ("37", MarkingKind.Calendar, null, null, null, null, null), ("0", MarkingKind.Calendar, null, null, null, null, null),
        ("주체 113", MarkingKind.Auto, null, null, null, null, null), ("民國 113", MarkingKind.Auto, null, null, null, null, null),
        ("115", MarkingKind.Calendar, null, null, null, null, null), ("1403 ه.ش", MarkingKind.Auto, null, null, null, null, null),
        ("۱۴۰۳", MarkingKind.Auto, null, null, null, null, null), ("١٤٤٥", MarkingKind.Auto, "SA", null, null, null, null),
        ("2535", MarkingKind.Auto, "IR", null, null, null, null), ("2540", MarkingKind.Auto, null, null, null, null, null),
        ("1250", MarkingKind.Calendar, null, null, null, null, null), ("2567", MarkingKind.Auto, "TH", null, null, null, null),
        ("๒๕๖๗", MarkingKind.Auto, null, null, null, null, null), ("24", MarkingKind.Calendar, null, null, null, null, null),
        ("31", MarkingKind.Calendar, null, null, null, null, null), ("1750", MarkingKind.Calendar, null, null, null, null, null),
        ("1999 AD", MarkingKind.Auto, null, null, null, null, null), ("113 BE", MarkingKind.Calendar, null, null, null, null, null),
        ("113 XYZ", MarkingKind.Calendar, null, null, null, null, null), ("12-34", MarkingKind.Calendar, null, null, null, null, null),
        ("113 年", MarkingKind.Auto, null, null, null, null, null), ("123 한", MarkingKind.Calendar, null, null, null, null, null),
        ("2436", MarkingKind.Auto, null, ItemCategory.Component, "Texas Instruments", null, null),
        ("436B", MarkingKind.Auto, null, ItemCategory.Component, "STMicroelectronics", 2010, 2019),
        ("2436", MarkingKind.Auto, null, ItemCategory.Ammunition, null, null, null), ("2153", MarkingKind.DateCode, null, null, null, null, null),
        ("2199", MarkingKind.DateCode, null, null, null, null, null), ("5599", MarkingKind.DateCode, null, null, null, null, null),
        ("0059", MarkingKind.DateCode, null, null, null, null, null), ("2752", MarkingKind.DateCode, null, null, null, null, null),
        ("41231", MarkingKind.DateCode, null, null, null, null, null), ("41301", MarkingKind.DateCode, null, null, null, null, null),
        ("40230", MarkingKind.DateCode, null, null, null, null, null), ("199", MarkingKind.DateCode, null, null, null, null, null),
        ("123456", MarkingKind.DateCode, null, null, null, null, null), ("AB", MarkingKind.DateCode, null, null, null, null, null),
        ("539 67", MarkingKind.Auto, null, ItemCategory.Component, null, null, null), ("38 41", MarkingKind.Headstamp, null, null, null, null, null),
        ("38 40", MarkingKind.Headstamp, null, null, null, null, null), ("⊕ 71 89", MarkingKind.Headstamp, null, null, null, null, null),
        ("ZZZ 75", MarkingKind.Headstamp, null, null, null, null, null), ("화성-11", MarkingKind.Headstamp, null, null, null, null, null),
        ("LC 1700", MarkingKind.Headstamp, null, null, null, null, null), ("۱۳۹۷ 12", MarkingKind.Headstamp, null, null, null, null, null),
        ("HELLO", MarkingKind.Headstamp, null, null, null, null, null), ("none", MarkingKind.Headstamp, null, null, null, null, null),
        ("LC 80", MarkingKind.Auto, "RU", ItemCategory.Ammunition, null, null, null),
        ("XYZ07D006-004", MarkingKind.Auto, "US", ItemCategory.Ammunition, null, null, null), ("XYZ07I006-004", MarkingKind.Lot, null, null, null, null, null),
        ("XYZ07N006-004", MarkingKind.Lot, null, null, null, null, null), ("XYZ07D006004AB", MarkingKind.Lot, null, null, null, null, null),
        ("HELLO", MarkingKind.Lot, null, null, null, null, null), ("!!!", MarkingKind.Auto, null, null, null, null, null),
        ("", MarkingKind.Auto, null, null, null, null, null), ("1 2 3 4 5 6 7 8 9", MarkingKind.Auto, null, null, null, null, null),
        ("12٣4", MarkingKind.Auto, null, null, null, null, null), ("12\u202E3", MarkingKind.Auto, null, null, null, null, null),
        ("1\u00012", MarkingKind.Auto, null, null, null, null, null), ("1\u00852", MarkingKind.Auto, null, null, null, null, null),
        ("۱۳۹۷", MarkingKind.Headstamp, null, null, null, null, null), ("0999", MarkingKind.Calendar, null, null, null, null, null),
        ("2436", MarkingKind.Auto, null, ItemCategory.Component, "STMicroelectronics", null, null),
        ("2436", MarkingKind.Auto, null, ItemCategory.Component, "Fairchild", null, null),
        ("436", MarkingKind.Auto, null, ItemCategory.Component, "onsemi", null, null),
        (string.Concat(Enumerable.Repeat("\u3300", 200)), MarkingKind.Auto, null, null, null, null, null),
        ("1\uD800", MarkingKind.Auto, null, null, null, null, null), ("1\u0301", MarkingKind.Auto, null, null, null, null, null),
        (new string('9', 250), MarkingKind.Auto, null, null, null, null, null), (string.Concat(Enumerable.Repeat("\uFDFA", 60)), MarkingKind.Auto, null, null, null, null, null),
        ("XYZ", MarkingKind.Auto, null, null, null, null, null), ("113", MarkingKind.Auto, "KP", null, null, 1990, 2000),
        ("2436", MarkingKind.Auto, null, ItemCategory.SmallArm, null, null, null),
    ];

    // The test formats, and a row of each kind the sentences tell apart: verified or not, with notes or without.
    private static readonly MarkingDecoder Corpus = new(new ReferenceTables(Headstamps, new DateCodeFormatTable([.. Formats.Rows,
        new DateCodeFormat("Fairchild", "yyww", "A work-week code (06, 12, 18...).", "test", true),
        new DateCodeFormat("onsemi", "yww", "Often AWLYWW.", "test", false)])));

    /// <summary>Every decode of the corpus, and a date code read in a script's digits given by the context.</summary>
    public static IEnumerable<DecodeResult> Decodes() => Markings.Select(m => Corpus.Decode(m.Marking, new DecodeContext(Today)
    {
        Country = m.Country is null ? null : CountryCode.Parse(m.Country),
        Category = m.Category,
        Maker = m.Maker,
        Era = m.EraFrom is { } from ? new DateInterval(new DateOnly(from, 1, 1), new DateOnly(m.EraTo!.Value, 12, 31)) : null,
    }, m.Kind)).Append(Corpus.Decode("2436", new DecodeContext(Today) { Script = MarkingScript.ArabicIndicDigits }));

    /// <summary>Every reason the corpus gives: decodes, production windows and assemblies.</summary>
    public static IEnumerable<Reason> Reasons()
    {
        foreach (var result in Decodes())
        {
            foreach (var i in result.Interpretations) yield return i.Why;
            foreach (var r in result.Rejected) yield return r.Why;
            foreach (var f in result.Facts) yield return f.Why;
        }
        // Accepted and provisional readings, so that both labels are said, and parsed back, in every sentence that names evidence.
        DatedEvidence juche = new("113", "juche", true, DateInterval.Year(2024)), lc = new("LC 80", "headstamp", false, DateInterval.Year(1980)),
            yyww = new("2436", "yyww", false, new DateInterval(new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 8)));
        foreach (var evidence in new[] { Array.Empty<DatedEvidence>(), [juche], [juche, yyww], [juche, lc] })
        {
            var window = ProductionWindow.Of(evidence);
            yield return window.Why;
            foreach (var c in window.Contradictions) yield return c.Why;
        }
        yield return AssemblyNotBefore.Of(ComponentNode.Leaf("board", null)).Why;
        var missile = AssemblyNotBefore.Of(new ComponentNode("missile", null, [ComponentNode.Leaf("U7 (2310)", DateInterval.Year(2023))]));
        yield return missile.Why;
        yield return missile.WhySetBy("Jet-vane actuator", "113");
        yield return missile.WhySetBy("Jet-vane actuator", null);
    }

    /// <summary>The phrase and every phrase inside its arguments.</summary>
    public static IEnumerable<Phrase> WithWords(Phrase phrase) =>
        phrase.Args.OfType<Phrase>().SelectMany(WithWords).Prepend(phrase);
}
