using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.Headstamps;

/// <summary>What the headstamp family says, one template per sentence (see <see cref="Template"/>).</summary>
internal static class HeadstampReasons
{
    public static readonly Template AtAnyDate = Template.Word("at any date");
    public static readonly Template Until = Template.Word("until {0}");
    public static readonly Template From = Template.Word("from {0}");
    public static readonly Template FromTo = Template.Word("from {0} to {1}");
    public static readonly Template[] Validity = [AtAnyDate, Until, From, FromTo];

    /// <summary>The two centuries a two-digit year can name, or nothing when only one can be meant.</summary>
    public static readonly Template Centuries = Template.Word(" (the century is not struck: {0} or {1})");
    public static readonly Template[] CenturyNote = [Centuries, DecodingWords.Nothing];

    /// <summary>The factory's country in brackets, or nothing when the table names none.</summary>
    public static readonly Template InCountry = Template.Word(" ({0})");
    public static readonly Template[] CountryNote = [InCountry, DecodingWords.Nothing];

    public static readonly Template Absent = new("No headstamp: absence is itself a clue (Iranian ammunition found in Africa carried none; some wartime Soviet and Japanese rounds had none). It dates nothing.");
    public static readonly Template NonLatinDigits = new("A headstamp year in Persian or Arabic-Indic digits is a calendar year: decode it with kind calendar.");
    public static readonly Template NotAHeadstamp = new("A headstamp reads as a factory code and a two- or four-digit year (539 67, 71/89, LC 80); this marking does not.");
    public static readonly Template ImplausibleYear = new("Headstamp year '{0}' is not a plausible year of manufacture (1800 to today).");
    public static readonly Template UnknownNonLatinCode = new("'{0}' is not a known factory code, and unknown codes are read only when written in Latin letters and digits.");
    public static readonly Template UnknownCode = new("Headstamp year '{0}' = {1}{2}. Factory code '{3}' is not in the reference table of {4} rows: the maker is unknown.", null, null, CenturyNote);
    public static readonly Template OutsideValidity = new("Code {0} meant {1} only {2}; {3} is outside that.", null, null, Validity);
    public static readonly Template Known = new("Headstamp: factory code {0} = {1}{2}; year '{3}' = {4}{5}.", null, null, CountryNote, null, null, CenturyNote);
    public static readonly Template Cut = new("Code {0} meant this factory only {1}, so the interval is {2}.", null, Validity);
    public static readonly Template Unverified = new("This table row is unverified.");
    public static readonly Template Source = new("Source: {0}.");
    public static readonly Template NatoOutside = new("A NATO mark beside a factory in {0}, outside NATO: the headstamp may be copied or false.");
}
