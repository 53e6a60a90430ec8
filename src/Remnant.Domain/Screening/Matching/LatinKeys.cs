using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Keys of a lower-case Latin name word that make romanisation variants equal. The phonetic key
/// folds the spellings different systems give one sound (Korean RR/MR: Jeong/Chong, Gim/Kim,
/// Cheol/Chol; Russian: Sergei/Sergey, Yevgeny/Evgeniy; Arabic: Mohammed/Mohamed, Khalid/Chalid).
/// The skeleton keeps only consonant classes, for comparing with Arabic script, which writes no
/// short vowels.
/// </summary>
public static class LatinKeys
{
    // Ordered: longer sequences first.
    private static readonly (string From, string To)[] Rewrites =
    [
        ("shch", "sh"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("zh", "j"), ("dj", "j"),
        ("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("ch", "j"),
        ("ts", "z"), ("tz", "z"), ("x", "ks"), ("q", "k"), ("w", "v"), ("y", "i"),
        ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("ae", "e"),
    ];

    /// <summary>The phonetic key: rewrites above, then k/g, p/b, t/d and l/r folded, doubles collapsed.</summary>
    public static string Phonetic(string word)
    {
        var s = GlideJ(word);
        // Cyrillic Е starting a name is written Ye or E (Yevgeny/Evgeniy, Yelena/Elena, Yegor/Egor).
        if (s.Length > 3 && s.StartsWith("ye", StringComparison.Ordinal) && !IsVowel(s[2])) s = s[1..];
        // Wade-Giles hs is pinyin x (Hsueh/Xue, Hsiao/Xiao).
        if (s.Length > 2 && s.StartsWith("hs", StringComparison.Ordinal)) s = "x" + s[2..];
        foreach (var (from, to) in Rewrites)
        {
            if (s.Contains(from, StringComparison.Ordinal)) s = s.Replace(from, to, StringComparison.Ordinal);
        }
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            // A c before e or i is s in French, Spanish and English spellings (Houcein = Husayn, Lucien, Vicente).
            var m = c == 'c' && i + 1 < s.Length && s[i + 1] is 'e' or 'i' ? 's' : FoldConsonant(c);
            if (b.Length > 0 && b[^1] == m) continue;
            b.Append(m);
        }
        // A final h is silent in most romanisations (Abdullah/Abdulla, Hamzah/Hamza).
        if (b.Length > 2 && b[^1] == 'h') b.Length--;
        return b.ToString();
    }

    /// <summary>The word as French romanisations of Russian and Arabic names spell it, read back: ch is sh and tch is ch
    /// (Choïgou = Shoigu, Chostakovitch), gu before e or i is g (Evgueni), a final -ine is -in (Prigojine, Poutine);
    /// null when none of these applies. French j (zh) and ou (u) the phonetic key already reads so. The ch only in a
    /// word of five letters or more that is French by another letter too (ou, j, tch, a final e): Chen and Shen, Chin
    /// and Shin are two names.</summary>
    public static string? FrenchReading(string word)
    {
        if (word.Length < 4) return null;
        var s = word;
        if (s.Length >= 5 && s.Contains("ch", StringComparison.Ordinal) && !s.Contains("sch", StringComparison.Ordinal)
            && (s.Contains("ou", StringComparison.Ordinal) || s.Contains('j') || s.Contains("tch", StringComparison.Ordinal) || s[^1] == 'e'))
            s = s.Replace("tch", "\u0001", StringComparison.Ordinal).Replace("ch", "sh", StringComparison.Ordinal).Replace("\u0001", "ch", StringComparison.Ordinal);
        if (s.Contains("gue", StringComparison.Ordinal) || s.Contains("gui", StringComparison.Ordinal))
            s = s.Replace("gue", "ge", StringComparison.Ordinal).Replace("gui", "gi", StringComparison.Ordinal);
        if (s.Length > 5 && s.EndsWith("ine", StringComparison.Ordinal)) s = s[..^1];
        return s == word ? null : s;
    }

    /// <summary>The word as German romanisations of Russian, Ukrainian and Chechen names spell it, read back: tsch is ch,
    /// dsch is dzh, sch is sh, ch is kh, w is v and j before a vowel is y (Janukowitsch = Yanukovich, Dschochar Dudajew =
    /// Dzhokhar Dudayev, Gorbatschow); null when the word is not German by sch or a Russian ending written -ow, -ew
    /// (Lawrow, Medwedew), or when the reading changes nothing. Not ch alone: Chen, Chung and Chol are not German.</summary>
    public static string? GermanReading(string word)
    {
        if (!IsGermanSpelling(word)) return null;
        var s = word.Replace("tsch", "\u0001", StringComparison.Ordinal).Replace("dsch", "\u0002", StringComparison.Ordinal)
            .Replace("sch", "sh", StringComparison.Ordinal).Replace("ch", "kh", StringComparison.Ordinal)
            .Replace("\u0001", "ch", StringComparison.Ordinal).Replace("\u0002", "dzh", StringComparison.Ordinal).Replace('w', 'v');
        var chars = s.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
            if (chars[i] == 'j' && IsVowel(chars[i + 1])) chars[i] = 'y';
        s = new string(chars);
        return s == word ? null : s;
    }

    /// <summary>True for a word of five letters or more that German spelling marks: sch, or a Russian surname ending
    /// written -ow, -ew, -owa, -ewa (Lawrow, Dudajew, Iwanowa).</summary>
    public static bool IsGermanSpelling(string word) =>
        word.Length >= 5 && (word.Contains("sch", StringComparison.Ordinal)
            || word.EndsWith("ow", StringComparison.Ordinal) || word.EndsWith("ew", StringComparison.Ordinal)
            || word.EndsWith("owa", StringComparison.Ordinal) || word.EndsWith("ewa", StringComparison.Ordinal));

    /// <summary>The word with each c inside it before a, o or u read as s (a ç without its cedilla), or null when it has
    /// none. Not a first c: a name that begins with C is Latin (Camal, Casim are Kamal, Qasim).</summary>
    public static string? CedillaLost(string latin)
    {
        var at = -1;
        for (var i = 1; i + 1 < latin.Length; i++)
            if (latin[i] == 'c' && latin[i + 1] is 'a' or 'o' or 'u' && latin[i - 1] != 's') { at = i; break; }
        if (at < 0) return null;
        var chars = latin.ToCharArray();
        for (var i = at; i + 1 < chars.Length; i++)
            if (chars[i] == 'c' && chars[i + 1] is 'a' or 'o' or 'u') chars[i] = 's';
        return new string(chars);
    }

    /// <summary>A consonant as the phonetic key folds it, once the rewrites are done: g and c as k, b as p, d as t, r as l.</summary>
    public static char FoldConsonant(char c) => c switch { 'g' => 'k', 'c' => 'k', 'b' => 'p', 'd' => 't', 'r' => 'l', _ => c };

    /// <summary>A j after a vowel and before a consonant or the end is the glide y in the German,
    /// Slavic and Dutch spellings (Sergej, Andrej, Jurij, Gajdar): written as i so it meets Sergei/Sergey.</summary>
    private static string GlideJ(string word)
    {
        var at = word.IndexOf('j', 1);
        if (at < 0) return word;
        var chars = word.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] != 'j' || !IsVowel(chars[i - 1])) continue;
            // Not before j, r or m, where Arabic words have the consonant (Hajj, Fajr, Najm: Hadj, Fadjr, Nadjm).
            if (i + 1 == chars.Length || !IsVowel(chars[i + 1]) && chars[i + 1] is not ('j' or 'r' or 'm')) chars[i] = 'i';
        }
        return new string(chars);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The consonant skeleton, in the classes <see cref="ArabicScript.Skeleton"/> uses.</summary>
    public static string Skeleton(string word)
    {
        var s = word;
        foreach (var (from, to) in Digraphs)
        {
            if (s.Contains(from, StringComparison.Ordinal)) s = s.Replace(from, to, StringComparison.Ordinal);
        }
        var b = new StringBuilder(s.Length + 1);
        // The mark of an initial vowel, as ArabicScript.Skeleton writes it for alif and ʿayn.
        if (s.Length > 0 && s[0] is 'a' or 'e' or 'i' or 'o' or 'u') b.Append('\'');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            char? m = c switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v' or '\'' => null,
                // A c before e, i or y is s, as French and Spanish write it (Lounici = لونيسي).
                'c' when i + 1 < s.Length && s[i + 1] is 'e' or 'i' or 'y' => 's',
                'q' or 'c' or 'g' => 'k',
                'p' => 'b',
                'x' => 'k',
                _ => c,
            };
            if (m is not { } ch || (b.Length > 0 && b[^1] == ch)) continue;
            b.Append(ch);
        }
        if (b.Length > 1 && b[^1] == 'h') b.Length--;
        return b.ToString();
    }

    private static readonly (string From, string To)[] Digraphs =
        [("dzh", "j"), ("dj", "j"), ("sh", "s"), ("ch", "j"), ("kh", "k"), ("gh", "k"), ("th", "t"), ("dh", "d"), ("zh", "z"), ("ph", "f")];
}
