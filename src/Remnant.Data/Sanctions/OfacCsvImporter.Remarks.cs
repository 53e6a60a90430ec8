using System.Text.RegularExpressions;

namespace Remnant.Data.Sanctions;

public static partial class OfacCsvImporter
{
    /// <summary>Pulls what the CSV keeps only in the remarks: dates of birth, nationalities,
    /// documents, and the weak a.k.a.s quoted there (<c>a.k.a. 'BNC'</c>).</summary>
    internal static void ReadRemarks(PartyDraft draft, string? remarks)
    {
        if (string.IsNullOrWhiteSpace(remarks)) return;
        foreach (Match m in WeakAlias().Matches(remarks)) draft.AddAlias(m.Groups[1].Value, Domain.Screening.AliasQuality.Weak);
        foreach (var raw in remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.StartsWith("alt. ", StringComparison.Ordinal) ? raw[5..] : raw;
            if (part.StartsWith("DOB ", StringComparison.Ordinal))
            {
                if (OfacDates.Parse(part[4..]) is { } date) draft.BirthDates.Add(date);
            }
            else if (Country().Match(part) is { Success: true } c)
            {
                draft.AddCountry(c.Groups[1].Value.TrimEnd('.'));
            }
            else if (Document().Match(part) is { Success: true } d)
            {
                draft.AddIdentifier(d.Groups["type"].Value, d.Groups["num"].Value.Trim(), d.Groups["country"].Value);
            }
        }
    }

    [GeneratedRegex(@"a\.k\.a\.\s+'([^']+)'")]
    private static partial Regex WeakAlias();

    [GeneratedRegex(@"^(?:nationality|citizen)\s+(.+)$")]
    private static partial Regex Country();

    [GeneratedRegex(@"^(?<type>Passport|National ID No\.|Cedula No\.|Vessel Registration Identification|Registration Number|Registration ID|Tax ID No\.|Identification Number|Business Registration Number|Aircraft Manufacturer's Serial Number \(MSN\)|Unified Social Credit Code \(USCC\)|SSN|D\.N\.I\.|NIT #|RFC|C\.U\.R\.P\.)\s+(?<num>[^()]+?)(?:\s*\((?<country>[^)]+)\))?\.?$")]
    private static partial Regex Document();
}
