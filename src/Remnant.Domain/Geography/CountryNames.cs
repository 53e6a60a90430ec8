using System.Globalization;

namespace Remnant.Domain.Geography;

/// <summary>Resolves the country names lists and people write ("Democratic People's Republic of
/// Korea", "Korea, North", "Iran (Islamic Republic of)", "Côte d'Ivoire") to ISO codes. The names
/// come from the runtime's ICU region data plus the official and list spellings that ICU lacks.</summary>
public static class CountryNames
{
    // Official UN names and OFAC's inverted forms that ICU's English names do not cover.
    private static readonly (string Name, string Code)[] Synonyms =
    [
        ("Democratic People's Republic of Korea", "KP"), ("Korea, North", "KP"), ("DPRK", "KP"), ("North Korean", "KP"),
        ("Republic of Korea", "KR"), ("Korea, South", "KR"), ("Korea", "KR"),
        ("Iran (Islamic Republic of)", "IR"), ("Islamic Republic of Iran", "IR"), ("Iranian", "IR"),
        ("Syrian Arab Republic", "SY"), ("Russian Federation", "RU"), ("Russian", "RU"),
        ("United Republic of Tanzania", "TZ"), ("Viet Nam", "VN"), ("Lao People's Democratic Republic", "LA"),
        ("Bolivia (Plurinational State of)", "BO"), ("Venezuela (Bolivarian Republic of)", "VE"),
        ("Republic of Moldova", "MD"), ("State of Palestine", "PS"), ("Palestinian", "PS"), ("West Bank", "PS"), ("Gaza", "PS"),
        ("Democratic Republic of the Congo", "CD"), ("Congo, Democratic Republic of the", "CD"), ("DR Congo", "CD"), ("DRC", "CD"),
        ("Congo", "CG"), ("Republic of the Congo", "CG"), ("Congo, Republic of the", "CG"),
        ("Cote d Ivoire", "CI"), ("Ivory Coast", "CI"), ("Burma", "MM"), ("Myanmar", "MM"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("Great Britain", "GB"), ("UK", "GB"),
        ("United States of America", "US"), ("USA", "US"), ("Türkiye", "TR"), ("Turkiye", "TR"),
        ("Netherlands (Kingdom of the)", "NL"), ("Czech Republic", "CZ"), ("Brunei Darussalam", "BN"),
        ("Micronesia (Federated States of)", "FM"), ("Bahamas, The", "BS"), ("The Gambia", "GM"), ("Gambia, The", "GM"),
        ("Hong Kong", "HK"), ("Macau", "MO"), ("Macao", "MO"), ("Virgin Islands, British", "VG"), ("Swaziland", "SZ"),
        ("Cape Verde", "CV"), ("East Timor", "TL"), ("Macedonia", "MK"), ("The former Yugoslav Republic of Macedonia", "MK"),
        ("Libyan Arab Jamahiriya", "LY"), ("Sudan", "SD"), ("South Sudan", "SS"), ("Afghan", "AF"), ("Iraqi", "IQ"),
        ("Saudi", "SA"), ("Emirati", "AE"), ("UAE", "AE"), ("Yemeni", "YE"), ("Somali", "SO"), ("Libyan", "LY"), ("Syrian", "SY"),
        ("Pakistani", "PK"), ("Chinese", "CN"), ("People's Republic of China", "CN"), ("PRC", "CN"), ("ROK", "KR"), ("Taiwan, Province of China", "TW"),
    ];

    private static readonly Dictionary<string, CountryCode> ByKey = Build();

    /// <summary>Resolves a country name, ISO alpha-2 code or common demonym, ignoring case, accents
    /// and punctuation. False when the name is unknown (the caller keeps the text as written).</summary>
    public static bool TryResolve(string? name, out CountryCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(name)) return false;
        var trimmed = name.Trim();
        if (trimmed.Length == 2 && CountryCode.TryParse(trimmed, out code)) return true;
        return ByKey.TryGetValue(Key(trimmed), out code);
    }

    private static Dictionary<string, CountryCode> Build()
    {
        var map = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var text in CountryCode.All)
        {
            var code = CountryCode.Parse(text);
            try
            {
                var region = new RegionInfo(text);
                foreach (var n in new[] { region.EnglishName, region.NativeName, StripParenthesis(region.EnglishName) })
                {
                    map.TryAdd(Key(n), code);
                }
            }
            catch (ArgumentException)
            {
                // ICU without this region: the synonyms below still cover the names lists use.
            }
        }
        foreach (var (name, text) in Synonyms) map[Key(name)] = CountryCode.Parse(text);
        return map;
    }

    private static string StripParenthesis(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? name[..open] : name;
    }

    private static string Key(string name)
    {
        var ascii = AnyAscii.Transliteration.Transliterate(name).ToUpperInvariant();
        var letters = new string(ascii.Where(char.IsAsciiLetter).ToArray());
        return letters.StartsWith("THE", StringComparison.Ordinal) && letters.Length > 6 ? letters[3..] : letters;
    }
}
