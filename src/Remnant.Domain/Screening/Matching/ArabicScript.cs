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
    // Consonant classes shared with LatinKeys.Skeleton: k = k/q/g/kh/gh, s = s/sh/ṣ, t = t/ṭ/th,
    // d = d/dh/ḍ, z = z/ẓ/zh, j = j/ch; vowels, w, y, ʿayn and hamza vanish.
    // Upper case marks a letter that Latin spellings render by the language they came through
    // (see Readings): ث is th in Arabic but s in Persian and Urdu (Saqib), ذ and ض are z there
    // (Zakir, Fazl), ظ is z, dh or d (Dahir, Kathim), ج is g in Egyptian (Ragab), ش is ch in French (Charia), خ is ch in German and some Persian spellings (Chalid, Barich),
    // and the Persian ژ is zh, or j in French spellings (Ahmadinejad).
    private static readonly Dictionary<char, string> Skeletal = new()
    {
        ['ب'] = "b", ['پ'] = "b", ['ت'] = "t", ['ث'] = "T", ['ج'] = "J", ['چ'] = "j", ['ح'] = "h", ['خ'] = "K",
        ['د'] = "d", ['ذ'] = "D", ['ر'] = "r", ['ز'] = "z", ['ژ'] = "G", ['س'] = "s", ['ش'] = "S", ['ص'] = "s",
        ['ض'] = "X", ['ط'] = "t", ['ظ'] = "Z", ['غ'] = "k", ['ف'] = "f", ['ڤ'] = "f", ['ق'] = "k", ['ك'] = "k",
        ['ک'] = "k", ['گ'] = "k", ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['ة'] = "h", ['ۀ'] = "h",
        ['ٹ'] = "t", ['ڈ'] = "d", ['ڑ'] = "r", ['ں'] = "n", ['ے'] = "",
        // Pashto (ځ dz written z: ځدران = Zadran; څ ts written s; ښ sh or kh; ږ zh or g) and Kurdish letters.
        ['ځ'] = "z", ['څ'] = "s", ['ښ'] = "S", ['ږ'] = "G", ['ډ'] = "d", ['ړ'] = "r", ['ټ'] = "t", ['ڼ'] = "n", ['ګ'] = "k",
        ['ڕ'] = "r", ['ڵ'] = "l", ['ڭ'] = "k",
    };

    /// <summary>The Latin skeleton letters each upper-case skeleton letter agrees with, the usual one first.
    /// W, for a word that starts with و, stands for the initial-vowel mark or nothing: و is w in
    /// Walid and a vowel in Ould, Usama.</summary>
    private static string Renderings(char c) => c switch
    {
        'T' => "ts",
        'D' => "dzt",
        'X' => "dz",
        'Z' => "zdt",
        'J' => "jk",
        'K' => "kj",
        'S' => "sj",
        'W' => "'",
        'G' => "zj",
        _ => "",
    };

    /// <summary>True when the skeleton has a letter read more than one way (upper case): without one,
    /// it reads as it is written.</summary>
    private static bool Marked(string skeleton) => skeleton.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>True when the Arabic-script skeleton <paramref name="arabic"/> can be read as the Latin
    /// skeleton <paramref name="latin"/>, letter for letter.</summary>
    public static bool Agrees(string arabic, string latin)
    {
        var i = 0;
        var j = 0;
        if (arabic.Length > 0 && arabic[0] == 'W')
        {
            i = 1;
            if (latin.Length > 0 && latin[0] == '\'') j = 1;
        }
        if (arabic.Length - i != latin.Length - j) return false;
        for (; i < arabic.Length; i++, j++)
        {
            var a = arabic[i];
            if (a != latin[j] && !(char.IsAsciiLetterUpper(a) && Renderings(a).Contains(latin[j], StringComparison.Ordinal))) return false;
        }
        return true;
    }

    /// <summary>The skeleton in its usual Latin reading (ث as t, ذ as d, ...): for comparing two
    /// Arabic-script words with each other, and where no Latin word says which reading applies.</summary>
    public static string Usual(string skeleton)
    {
        if (!Marked(skeleton)) return skeleton;
        var b = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton)
        {
            if (c == 'W') continue;
            b.Append(char.IsAsciiLetterUpper(c) ? Renderings(c)[0] : c);
        }
        return b.ToString();
    }

    /// <summary>The skeleton read as the Latin skeleton <paramref name="latin"/> where its letters agree
    /// position by position, else in the usual reading: for a fuzzy comparison with that Latin word.</summary>
    public static string ReadAs(string arabic, string latin)
    {
        if (!Marked(arabic)) return arabic;
        var b = new StringBuilder(arabic.Length);
        var offset = 0;
        for (var i = 0; i < arabic.Length; i++)
        {
            var c = arabic[i];
            if (c == 'W')
            {
                if (latin.Length > 0 && latin[0] == '\'') b.Append('\'');
                else offset = -1;
                continue;
            }
            var at = i + offset;
            b.Append(!char.IsAsciiLetterUpper(c) ? c
                : at < latin.Length && Renderings(c).Contains(latin[at], StringComparison.Ordinal) ? latin[at] : Renderings(c)[0]);
        }
        return b.ToString();
    }

    /// <summary>Every Latin reading of the skeleton (at most <paramref name="limit"/>, the usual ones
    /// first), adjacent equal letters collapsed as Latin skeletons collapse them: the keys an
    /// Arabic-script word is looked up by.</summary>
    public static IReadOnlyList<string> Readings(string skeleton, int limit = 12)
    {
        if (!Marked(skeleton)) return [skeleton];
        var found = new List<string> { "" };
        foreach (var c in skeleton)
        {
            var options = char.IsAsciiLetterUpper(c) ? (c == 'W' ? "'-" : Renderings(c)) : c.ToString();
            var next = new List<string>();
            foreach (var prefix in found)
            {
                foreach (var o in options)
                {
                    if (next.Count >= limit) break;
                    if (o == '-' || (prefix.Length > 0 && prefix[^1] == o)) next.Add(prefix);
                    else next.Add(prefix + o);
                }
            }
            found = next;
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The word with diacritics (harakat), tatweel and letter variants folded: أ إ آ ٱ → ا,
    /// ى ی ئ → ي, ؤ → و, ک → ك, the Urdu forms of h (ہ ھ) → ه, ة kept (it is a letter the skeleton reads as h).</summary>
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
                'ہ' or 'ھ' => 'ه',
                'ۃ' => 'ة',
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
        else if (word.Length > 1 && word[0] == 'و') b.Append('W');
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
