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

    /// <summary>The Latin skeleton letters each upper-case skeleton letter agrees with, the usual one first;
    /// an empty option is a letter Latin spellings may leave out. W, for a word that starts with و, stands
    /// for the initial-vowel mark or nothing: و is w in Walid and a vowel in Ould, Usama. The Hebrew
    /// letters read more than one way (<see cref="HebrewScript"/>) have their own marks: B for ב inside a word
    /// (b, or v, which Latin skeletons leave out), H for ח (h, kh, ch), P for פ (p, f), C for צ (tz, ts, z).</summary>
    private static string[] Options(char c) => c switch
    {
        'T' => TOptions,
        'D' => DOptions,
        'X' => XOptions,
        'Z' => ZOptions,
        'J' => JOptions,
        'K' => KOptions,
        'S' => SOptions,
        'W' => WOptions,
        'G' => GOptions,
        'B' => BOptions,
        'H' => HOptions,
        'P' => POptions,
        'C' => COptions,
        _ => NoOptions,
    };

    // Each ASCII letter as a one-option reading, made once.
    private static readonly string[][] Letters = [.. Enumerable.Range(0, 128).Select(i => new[] { ((char)i).ToString() })];

    private static readonly string[] TOptions = ["t", "s"], DOptions = ["d", "z", "t"], XOptions = ["d", "z"], ZOptions = ["z", "d", "t"],
        JOptions = ["j", "k"], KOptions = ["k", "j"], SOptions = ["s", "j"], WOptions = ["'", ""], GOptions = ["z", "j"],
        BOptions = ["b", ""], HOptions = ["h", "k", "j"], POptions = ["b", "f"], COptions = ["z", "tz", "ts", "s"], NoOptions = [""];

    /// <summary>True when the skeleton has a letter read more than one way (upper case): without one,
    /// it reads as it is written.</summary>
    private static bool Marked(string skeleton) => skeleton.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>True when the Arabic- or Hebrew-script skeleton <paramref name="arabic"/> can be read as the
    /// Latin skeleton <paramref name="latin"/>, letter for letter.</summary>
    public static bool Agrees(string arabic, string latin) =>
        Marked(arabic) ? Agrees(arabic, 0, latin, 0) : string.Equals(arabic, latin, StringComparison.Ordinal);

    private static bool Agrees(string arabic, int i, string latin, int j)
    {
        for (; i < arabic.Length; i++, j++)
        {
            var a = arabic[i];
            if (char.IsAsciiLetterUpper(a))
            {
                foreach (var option in Options(a))
                {
                    if (j + option.Length <= latin.Length && string.CompareOrdinal(latin, j, option, 0, option.Length) == 0
                        && Agrees(arabic, i + 1, latin, j + option.Length)) return true;
                }
                return false;
            }
            if (j >= latin.Length || latin[j] != a) return false;
        }
        return j == latin.Length;
    }

    /// <summary>The skeleton in its usual Latin reading (ث as t, ذ as d, ...): for comparing two
    /// Arabic-script words with each other, and where no Latin word says which reading applies.</summary>
    public static string Usual(string skeleton)
    {
        if (!Marked(skeleton)) return skeleton;
        var b = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton) b.Append(char.IsAsciiLetterUpper(c) ? (c == 'W' ? "" : Options(c)[0]) : c);
        return b.ToString();
    }

    /// <summary>The skeleton read as the Latin skeleton <paramref name="latin"/> where its letters agree
    /// position by position, else in the usual reading: for a fuzzy comparison with that Latin word.</summary>
    public static string ReadAs(string arabic, string latin)
    {
        if (!Marked(arabic)) return arabic;
        var b = new StringBuilder(arabic.Length + 2);
        var j = 0;
        foreach (var c in arabic)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                b.Append(c);
                j++;
                continue;
            }
            var read = ReadAt(Options(c), latin, j);
            b.Append(read);
            j += read.Length;
        }
        return b.ToString();
    }

    /// <summary>The option the Latin skeleton has at <paramref name="j"/>; else nothing when the letter may be
    /// left out, else the usual option.</summary>
    private static string ReadAt(string[] options, string latin, int j)
    {
        var optional = false;
        foreach (var o in options)
        {
            if (o.Length == 0) optional = true;
            else if (j + o.Length <= latin.Length && string.CompareOrdinal(latin, j, o, 0, o.Length) == 0) return o;
        }
        return optional ? "" : options[0];
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
            var options = char.IsAsciiLetterUpper(c) ? Options(c) : c < 128 ? Letters[c] : [c.ToString()];
            var next = new List<string>();
            foreach (var prefix in found)
            {
                foreach (var o in options)
                {
                    if (next.Count >= limit) break;
                    next.Add(o.Length > 0 && prefix.Length > 0 && prefix[^1] == o[0] ? prefix + o[1..] : prefix + o);
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
