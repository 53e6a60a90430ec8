using Remnant.Domain.Dating;
using Remnant.Domain.Items;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.Headstamps;

/// <summary>
/// Reads a military cartridge headstamp: a factory code and a two- or four-digit year, in either order
/// (<c>539 67</c>, <c>71/89</c>, <c>LC 80</c>, <c>LC80</c>), optionally with the NATO cross in a circle
/// (<c>⊕</c> or the word NATO). Codes come from the reference table, each valid between dates, so
/// <c>38 40</c> is Tula and <c>38 43</c> Yuryuzan. An unknown code still dates the round, with low
/// confidence. "No headstamp" is recorded as a fact. Headstamps can be copied or false.
/// </summary>
public sealed partial class HeadstampDecoder(HeadstampTable table) : IMarkingFamily
{
    private static readonly HashSet<string> Nato =
        ["AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU", "ME",
         "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US"];

    /// <summary>The factory codes in use.</summary>
    public HeadstampTable Table { get; } = table ?? HeadstampTable.Empty;

    DecoderFamily IMarkingFamily.Family => DecoderFamily.Headstamp;

    /// <summary>Decodes <paramref name="text"/> as a headstamp only; never throws.</summary>
    public DecodeResult Decode(string? text, DecodeContext context) => MarkingDecoder.Run(text, context, [this], explicitKind: true);

    void IMarkingFamily.Collect(MarkingText text, DecodeContext context, Hypotheses into)
    {
        if (RecordsAbsence(text, context, into)) return;
        if (text.HasNonLatinDigits)
        {
            into.NotThisShape(DecodingSystems.Headstamp, HeadstampReasons.NonLatinDigits.With());
            return;
        }
        if (!TrySplit(text, out var code, out var year, out var nato))
        {
            into.NotThisShape(DecodingSystems.Headstamp, HeadstampReasons.NotAHeadstamp.With());
            return;
        }
        var group = into.NewGroup();
        var codeText = code.ToString();
        var years = Years(year, into.Today);
        if (years.Length == 0)
        {
            into.Reject(DecodingSystems.Headstamp, HeadstampReasons.ImplausibleYear.With(year.ToString()));
            return;
        }
        var rows = Table.Find(code);
        if (rows.IsEmpty && code.ContainsAnyExceptInRange('0', 'Z'))
        {
            // Unknown codes are taken only in the Latin letters and digits of most military headstamps:
            // "화성-11" is a missile's name, not factory 화성 in 2011.
            into.NotThisShape(DecodingSystems.Headstamp, HeadstampReasons.UnknownNonLatinCode.With(codeText));
            return;
        }
        if (rows.IsEmpty)
        {
            foreach (var y in years)
            {
                into.Add(new Candidate(DecoderFamily.Headstamp, DecodingSystems.Headstamp, DateInterval.Year(y), Confidence.Low,
                    HeadstampReasons.UnknownCode.With(year.ToString(), y, CenturyNote(years), codeText, Table.Rows.Count))
                {
                    Group = group,
                    Fields = Fields(codeText, null, y, nato),
                });
            }
            return;
        }
        var yearText = year.ToString();
        foreach (var row in rows)
        {
            foreach (var y in years)
            {
                AddRow(into, row, codeText, yearText, y, years, group, nato);
            }
        }
    }

    private void AddRow(Hypotheses into, HeadstampCode row, string code, string written, int year, int[] years, int group, bool nato)
    {
        var interval = DateInterval.Year(year).Intersect(row.Validity);
        if (interval is null)
        {
            into.Reject(DecodingSystems.Headstamp, HeadstampReasons.OutsideValidity.With(code, row.Factory, row.ValidityWording, year));
            return;
        }
        var cut = interval.Value != DateInterval.Year(year);
        var confidence = row.Verified ? Confidence.High : Confidence.Medium;
        if (years.Length > 1) confidence = confidence == Confidence.High ? Confidence.Medium : Confidence.Low;
        var country = row.Country is { } c ? HeadstampReasons.InCountry.With(c) : DecodingWords.Nothing.With();
        var reason = Reason.Of(HeadstampReasons.Known.With(code, row.Factory, country, written, year, CenturyNote(years)));
        if (cut) reason = reason.Then(HeadstampReasons.Cut.With(code, row.ValidityWording, interval.Value));
        if (!row.Verified) reason = reason.Then(HeadstampReasons.Unverified.With());
        var candidate = new Candidate(DecoderFamily.Headstamp, DecodingSystems.Headstamp, interval.Value, confidence,
            reason.Then(HeadstampReasons.Source.With(row.Source)))
        {
            Group = group,
            Country = row.Country,
            Countries = row.Country is { } cc ? [cc.Value] : null,
            Fields = Fields(code, row, year, nato),
        };
        if (nato && row.Country is { } made && !Nato.Contains(made.Value))
        {
            candidate.Lower(HeadstampReasons.NatoOutside.With(made));
        }
        into.Add(candidate);
    }

    private static InterpretationFields Fields(string code, HeadstampCode? row, int year, bool nato) => row is null
        ? InterpretationFields.Of(("code", code), ("year", Numbers.Text(year)), ("nato", nato ? "true" : "false"))
        : InterpretationFields.Of(("code", code), ("factory", row.Factory), ("country", row.Country?.Value ?? ""),
            ("year", Numbers.Text(year)), ("nato", nato ? "true" : "false"), ("verified", row.Verified ? "true" : "false"));

    // Years holds one year, or the two centuries a two-digit year can name.
    private static Phrase CenturyNote(int[] years) =>
        years.Length > 1 ? HeadstampReasons.Centuries.With(years[0], years[1]) : DecodingWords.Nothing.With();

    private static int[] Years(ReadOnlySpan<char> year, DateOnly today)
    {
        var value = int.Parse(year);
        if (year.Length == 4) return value >= 1800 && value <= today.Year ? [value] : [];
        var recent = 2000 + value;
        return recent <= today.Year ? [recent, 1900 + value] : [1900 + value];
    }

    private static bool RecordsAbsence(MarkingText text, DecodeContext context, Hypotheses into)
    {
        if (text.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return false;
        Span<char> letters = stackalloc char[Math.Min(text.Text.Length, 40)];
        var n = 0;
        foreach (var c in text.Text)
        {
            if (!char.IsLetter(c)) continue;
            if (n == letters.Length) return false;
            letters[n++] = c;
        }
        var word = letters[..n];
        var says = word is "NOHEADSTAMP" or "UNHEADSTAMPED" or "HEADSTAMPABSENT" or "NOHEADSTAMPS";
        var plain = word is "NONE" or "ABSENT" or "BLANK" or "UNMARKED" or "NIL" or "NOMARKING" or "NOMARKINGS";
        if (!says && !(plain && (into.ExplicitKind || context.Category == ItemCategory.Ammunition))) return false;
        into.Facts.Add(new MarkingFact(DecodingSystems.Headstamp, "absent", HeadstampReasons.Absent.With()));
        return true;
    }
}
