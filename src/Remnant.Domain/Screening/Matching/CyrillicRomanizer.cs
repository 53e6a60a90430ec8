using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Romanises Russian, Ukrainian and Belarusian Cyrillic (and the letters Central Asian and Caucasian
/// languages add to it) the way passports and sanctions lists mostly
/// do (BGN/PCGN-like: х → kh, ж → zh, ц → ts, щ → shch, soft and hard signs dropped, е → ye at the
/// start of a word, -ий → -iy). Variants (Sergei/Sergey, Yevgeny/Evgeniy) are then reconciled by
/// the phonetic key, not by producing every spelling here.
/// </summary>
public static class CyrillicRomanizer
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "u", ['ј'] = "j", ['џ'] = "dzh",
        ['ђ'] = "dj", ['ћ'] = "c", ['љ'] = "lj", ['њ'] = "nj", ['ѕ'] = "dz",
        // Kazakh, Kyrgyz, Tajik, Tatar, Bashkir and Azerbaijani letters (Нұрсұлтан = Nursultan, Раҳмон = Rahmon).
        ['ә'] = "a", ['ғ'] = "gh", ['қ'] = "q", ['ң'] = "ng", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h",
        ['ӣ'] = "i", ['ӯ'] = "u", ['ҳ'] = "h", ['ҷ'] = "j", ['җ'] = "zh", ['ҙ'] = "z", ['ҫ'] = "s", ['ҡ'] = "q",
        ['ҝ'] = "g", ['ҹ'] = "j", ['ӏ'] = "",
    };

    /// <summary>The Latin form of one Cyrillic word, lower case; letters it does not know pass through.</summary>
    public static string Romanize(string word)
    {
        var lower = word.ToLowerInvariant();
        var b = new StringBuilder(lower.Length + 4);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c == 'е' && (i == 0 || "аеёиоуыэюяіїєьъ".Contains(lower[i - 1])))
            {
                b.Append("ye");
            }
            else if (c == 'й' && i > 0 && lower[i - 1] is 'и' or 'ы' && i == lower.Length - 1)
            {
                // -ий / -ый at the end: Dmitriy, Grigoriy; the key folds these with Dmitry, Grigory.
                b.Append('y');
            }
            else
            {
                b.Append(Map.TryGetValue(c, out var latin) ? latin : c.ToString());
            }
        }
        return b.ToString();
    }
}
