using Remnant.Domain.Dating;
using Remnant.Domain.Items;

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
            into.NotThisShape(DecodingSystems.Headstamp, "A headstamp year in Persian or Arabic-Indic digits is a calendar year: decode it with kind calendar.");
            return;
        }
        if (!TrySplit(text, out var code, out var year, out var nato))
        {
            into.NotThisShape(DecodingSystems.Headstamp, "A headstamp reads as a factory code and a two- or four-digit year (539 67, 71/89, LC 80); this marking does not.");
            return;
        }
        var group = into.NewGroup();
        var codeText = code.ToString();
        var years = Years(year, into.Today);
        if (years.Length == 0)
        {
            into.Reject(DecodingSystems.Headstamp, $"Headstamp year '{year}' is not a plausible year of manufacture (1800 to today).");
            return;
        }
        var rows = Table.Find(code);
        if (rows.IsEmpty && code.ContainsAnyExceptInRange('0', 'Z'))
        {
            // Unknown codes are taken only in the Latin letters and digits of most military headstamps:
            // "화성-11" is a missile's name, not factory 화성 in 2011.
            into.NotThisShape(DecodingSystems.Headstamp, $"'{code}' is not a known factory code, and unknown codes are read only when written in Latin letters and digits.");
            return;
        }
        if (rows.IsEmpty)
        {
            foreach (var y in years)
            {
                into.Add(new Candidate(DecoderFamily.Headstamp, DecodingSystems.Headstamp, DateInterval.Year(y), Confidence.Low,
                    $"Headstamp year '{year}' = {y}{CenturyNote(years, y)}. Factory code '{code}' is not in the reference table of {Table.Rows.Count} rows: the maker is unknown.")
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
            into.Reject(DecodingSystems.Headstamp, $"Code {code} meant {row.Factory} only {row.ValidityText}; {year} is outside that.");
            return;
        }
        var cut = interval.Value != DateInterval.Year(year);
        var confidence = row.Verified ? Confidence.High : Confidence.Medium;
        if (years.Length > 1) confidence = confidence == Confidence.High ? Confidence.Medium : Confidence.Low;
        var candidate = new Candidate(DecoderFamily.Headstamp, DecodingSystems.Headstamp, interval.Value, confidence,
            $"Headstamp: factory code {code} = {row.Factory}{(row.Country is { } c ? $" ({c})" : "")}; year '{written}' = {year}{CenturyNote(years, year)}."
            + (cut ? $" Code {code} meant this factory only {row.ValidityText}, so the interval is {interval.Value}." : "")
            + (row.Verified ? "" : " This table row is unverified.")
            + $" Source: {row.Source}.")
        {
            Group = group,
            Country = row.Country,
            Countries = row.Country is { } cc ? [cc.Value] : null,
            Fields = Fields(code, row, year, nato),
        };
        if (nato && row.Country is { } country && !Nato.Contains(country.Value))
        {
            candidate.Lower($"A NATO mark beside a factory in {country}, outside NATO: the headstamp may be copied or false.");
        }
        into.Add(candidate);
    }

    private static InterpretationFields Fields(string code, HeadstampCode? row, int year, bool nato) => row is null
        ? InterpretationFields.Of(("code", code), ("year", Numbers.Text(year)), ("nato", nato ? "true" : "false"))
        : InterpretationFields.Of(("code", code), ("factory", row.Factory), ("country", row.Country?.Value ?? ""),
            ("year", Numbers.Text(year)), ("nato", nato ? "true" : "false"), ("verified", row.Verified ? "true" : "false"));

    private static string CenturyNote(int[] years, int year) =>
        years.Length > 1 ? $" (the century is not struck: {string.Join(" or ", years)})" : "";

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
        into.Facts.Add(new MarkingFact(DecodingSystems.Headstamp, "absent",
            "No headstamp: absence is itself a clue (Iranian ammunition found in Africa carried none; some wartime Soviet and Japanese rounds had none). It dates nothing."));
        return true;
    }
}
