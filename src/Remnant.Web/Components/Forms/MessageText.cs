using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Remnant.Web.Components.Display;

namespace Remnant.Web.Components.Forms;

/// <summary>The domain's validation messages in the reader's language. Fixed messages are keys of
/// their own; the few that carry a value are matched here and the value put back into the
/// translated sentence, isolated so that its direction cannot disturb the sentence.</summary>
internal static partial class MessageText
{
    [GeneratedRegex(@"^'(.*)' is not an ISO 3166-1 alpha-2 country code\.$", RegexOptions.Singleline)]
    private static partial Regex NotACountry();

    [GeneratedRegex(@"^At most ([0-9]+) characters \(got ([0-9]+)\)\.$")]
    private static partial Regex TooLongGot();

    [GeneratedRegex(@"^At most ([0-9]+) characters\.$")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^Contains the control character (U\+[0-9A-F]{4})\.$")]
    private static partial Regex ControlCharacter();

    [GeneratedRegex(@"^Must be between 1 and ([0-9,]+)\.$")]
    private static partial Regex QuantityRange();

    public static string Localize(IStringLocalizer L, string message)
    {
        if (NotACountry().Match(message) is { Success: true } country)
            return Format(L["'{0}' is not an ISO 3166-1 alpha-2 country code."], Show.Isolated(country.Groups[1].Value));
        if (TooLongGot().Match(message) is { Success: true } got)
            return Format(L["At most {0} characters (got {1})."], got.Groups[1].Value, got.Groups[2].Value);
        if (TooLong().Match(message) is { Success: true } max)
            return Format(L["At most {0} characters."], max.Groups[1].Value);
        if (ControlCharacter().Match(message) is { Success: true } control)
            return Format(L["Contains the control character {0}."], Show.Isolated(control.Groups[1].Value));
        if (QuantityRange().Match(message) is { Success: true } range)
            return Format(L["Must be between 1 and {0}."], range.Groups[1].Value);
        return L[message];
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
