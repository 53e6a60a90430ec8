using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Arabic-script names (Arabic, Persian, Urdu, Pashto letters): normalised for comparison in their
/// own script, and reduced to a consonant skeleton comparable with a Latin spelling. Short vowels are
/// not written in Arabic, so محمد can only be compared with Mohammed/Muhammad by consonants: both
/// give <c>mhmd</c>. AnyAscii gives the same consonants but keeps ʿayn and hamza marks and long
/// vowels as letters, which no Latin spelling writes.
/// </summary>
public static class ArabicScript
{
    // Consonant classes shared with LatinKeys.Skeleton: k = k/q/g/kh/gh, s = s/sh/ṣ/th(ث), t = t/ṭ,
    // d = d/dh/ḍ, z = z/ẓ/zh, j = j/ch; vowels, w, y, ʿayn and hamza vanish.
    private static readonly Dictionary<char, string> Skeletal = new()
    {
        ['ب'] = "b", ['پ'] = "b", ['ت'] = "t", ['ث'] = "t", ['ج'] = "j", ['چ'] = "j", ['ح'] = "h", ['خ'] = "k",
        ['د'] = "d", ['ذ'] = "d", ['ر'] = "r", ['ز'] = "z", ['ژ'] = "z", ['س'] = "s", ['ش'] = "s", ['ص'] = "s",
        ['ض'] = "d", ['ط'] = "t", ['ظ'] = "z", ['غ'] = "k", ['ف'] = "f", ['ڤ'] = "f", ['ق'] = "k", ['ك'] = "k",
        ['ک'] = "k", ['گ'] = "k", ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['ة'] = "h", ['ۀ'] = "h",
        ['ٹ'] = "t", ['ڈ'] = "d", ['ڑ'] = "r", ['ں'] = "n", ['ے'] = "",
    };

    /// <summary>The word with diacritics (harakat), tatweel and letter variants folded: أ إ آ ٱ → ا,
    /// ى ی ئ → ي, ؤ → و, ک → ك, ة kept (it is a letter the skeleton reads as h).</summary>
    public static string Normalize(string word)
    {
        var b = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED') continue;
            b.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' or 'ی' or 'ئ' or 'ې' or 'ۍ' => 'ي',
                'ؤ' => 'و',
                'ک' => 'ك',
                _ => c,
            });
        }
        return b.ToString();
    }

    /// <summary>The definite article ال (al-) starts the word and something follows it.</summary>
    public static bool HasArticle(string normalized) => normalized.Length > 3 && normalized.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The consonant skeleton of a normalised word, the article dropped, doubled consonants
    /// collapsed and a final h dropped (ة and ه at the end, which Latin spellings often omit).</summary>
    public static string Skeleton(string normalized)
    {
        var word = HasArticle(normalized) ? normalized[2..] : normalized;
        var b = new StringBuilder(word.Length + 1);
        // A word that starts with a vowel (alif) or ʿayn keeps a mark of it: Akram is not Karim.
        if (word.Length > 0 && word[0] is 'ا' or 'ع') b.Append('\'');
        foreach (var c in word)
        {
            if (!Skeletal.TryGetValue(c, out var s) || s.Length == 0) continue;
            if (b.Length > 0 && b[^1] == s[0]) continue;
            b.Append(s);
        }
        if (b.Length > 1 && b[^1] == 'h') b.Length--;
        return b.ToString();
    }
}
