using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.DateCodes;

/// <summary>What the date-code family says, one template per sentence (see <see cref="Template"/>).</summary>
internal static class DateCodeReasons
{
    public static readonly Template NotACode = new("A component date code is 3 to 5 digits (YWW, YYWW, WWYY, YMMDD), with at most one site or revision letter; this marking is not.");
    public static readonly Template DigitCount = new("A date code has 3 to 5 digits; this one has {0}.");
    public static readonly Template SiteLetter = new("The letter '{0}' is read as a site or revision mark.");

    public static readonly Template FutureAndTooEarly = new("{0} '{1}': {2} is in the future and {3} is before integrated-circuit date codes ({4}).");
    public static readonly Template TooEarly = new("{0} '{1}' would be {2}, before integrated-circuit date codes ({3}).");
    public static readonly Template NoSuchWeek = new("{0} '{1}': week {2} does not exist (weeks run 01 to 53).");
    public static readonly Template NoWeek53 = new("{0} '{1}': {2} has 52 ISO weeks, so week 53 is impossible: a misread, not a date code, or a counterfeit part.");

    public static readonly Template Yyww = new("YYWW (the most common date code) '{0}': ISO week {1} of {2}, Monday {3} to Sunday {4}, so not before {5}. A four-digit number may also be a part number, not a date.");
    public static readonly Template Wwyy = new("WWYY (less common than YYWW) '{0}': ISO week {1} of {2}, Monday {3} to Sunday {4}, so not before {5}. A four-digit number may also be a part number, not a date.");
    public static readonly Template Yww = new("YWW '{0}': ISO week {1} of {2}, {3}. The year has one digit, so the decade is not written ({4} all fit); the item's era decides.");

    public static readonly Template NoSuchMonth = new("YMMDD '{0}': month {1} does not exist.");
    public static readonly Template NoSuchDay = new("YMMDD '{0}': {1}-{2} has no day {3}.");
    public static readonly Template Ymmdd = new("YMMDD '{0}': {1}. The year has one digit, so the decade is not written ({2} all fit); the item's era decides.");

    public static readonly Template NotMakersFormat = new("Rejected: {0} marks {1} date codes, not {2}.");
    public static readonly Template MakersFormat = new("{0} marks {1} date codes (source: {2}).");
    public static readonly Template MakersFormatUnverified = new("{0} marks {1} date codes (source: {2}; unverified).");
    public static readonly Template MakersFormatNotes = new("{0} marks {1} date codes (source: {2}). {3}");
    public static readonly Template MakersFormatUnverifiedNotes = new("{0} marks {1} date codes (source: {2}; unverified). {3}");
}
