using System.Globalization;
using Microsoft.Extensions.Localization;
using Remnant.Domain.Geography;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;
using Remnant.Web.Features.Embargo;

namespace Remnant.Web.Features.Screening;

/// <summary>
/// A screening hit's explanation in the reader's language. The domain words it in English (for the API,
/// the CLI and English pages); other languages compose it here from the same word pairs and features:
/// rule, feature, alias-quality and schema words from the resources (under "rule: ", "feature: ",
/// "alias: " and "schema: " keys), names, years and codes as they are.
/// </summary>
internal static class ScreeningWording
{
    /// <summary>The hit's explanation in the current UI culture, in the domain's layout.</summary>
    public static string Explain(IStringLocalizer L, ScreeningMatch m) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? m.Explanation
        : m.Explain(f => Word(L, "feature: ", f.Name), f => f.Name == "name" ? Pairs(L, m.Pairs)
                : f.DetailFormat is { } format ? L[format, [.. Arguments(L, f)]] : f.Detail,
            L["; "]);

    /// <summary>The word pairs of a name match in the domain's layout, each rule part in the reader's language.</summary>
    public static string Pairs(IStringLocalizer L, IReadOnlyList<WordPair> pairs) =>
        NameAlignment.Describe(pairs, rule => string.Join(L[", "], MatchRules.Parts(rule).Select(part => Word(L, "rule: ", part))), L[", "], L["no word in common"]);

    /// <summary>Alias qualities and schemas are words to translate; other values (years, codes, names) stay as written.</summary>
    private static IEnumerable<object> Arguments(IStringLocalizer L, ScoreFeature f) => f.Name switch
    {
        "aliasQuality" => f.DetailArguments.Select((a, i) => i == 0 ? Word(L, "alias: ", a.ToString()!) : a),
        "schema" => f.DetailArguments.Select(a => (object)Word(L, "schema: ", a.ToString()!)),
        _ => f.DetailArguments,
    };

    /// <summary>A schema (Person, Organization...) in the reader's language.</summary>
    public static string Schema(IStringLocalizer L, PartySchema schema) => Word(L, "schema: ", schema.ToString());

    /// <summary>An alias quality (Primary, Aka, Low...) in the reader's language.</summary>
    public static string Quality(IStringLocalizer L, AliasQuality quality) => Word(L, "alias: ", quality.ToString());

    /// <summary>A country as the list wrote it: in English as written, in another language the country's
    /// name in that language when the text names a known country.</summary>
    public static string Country(string text) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en" && CountryNames.TryResolve(text, out var code) ? EmbargoWording.Country(code) : text;

    /// <summary>The resource under <paramref name="prefix"/> + <paramref name="word"/>, else the word itself.</summary>
    private static string Word(IStringLocalizer L, string prefix, string word)
    {
        var found = L[prefix + word];
        return found.ResourceNotFound ? word : found.Value;
    }
}
