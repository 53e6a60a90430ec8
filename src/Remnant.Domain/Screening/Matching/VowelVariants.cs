namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Two Latin spellings that differ only in their vowels, the least stable part of a romanised name.
/// Arabic and Persian write no short vowels (Mohammed/Muhammad, Ahmed/Ahmad, Laden/Ladin), and Korean
/// 어/으 come out as o, u or eo (Jong/Jung, Chol/Chul). Vowels are compared by equivalence classes
/// that romanisations actually swap (a/e, e/i, i/y, o/u, ou/u, ee/i, ai/ae/ay, ei/ey, and two vowels
/// written together letter by letter: ua/oa, au/ao), so that vowels
/// which tell names apart stay apart: Hassan/Hussein (a/u), Hamid/Hamad (i/a), Jang/Jong (a/o).
/// </summary>
public static class VowelVariants
{
    /// <summary>Similarity when every vowel group agrees by class.</summary>
    public const double SameClasses = 0.92;

    /// <summary>Similarity when one vowel group of a long name differs outright (Hezbollah/Hizballah, Lukashenko/Lukashenka),
    /// or of a five-letter name when neither vowel is an a (Yusuf/Yousef).</summary>
    public const double OneVowelOff = 0.85;

    /// <summary>The similarity of two lower-case Latin words whose consonants agree letter for
    /// letter (doubles collapsed) and whose vowel groups agree by class; 0 otherwise.</summary>
    public static double Compare(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < 4) return 0;
        var sa = Collapse(a);
        var sb = Collapse(b);
        var shortest = Math.Min(a.Length, b.Length);
        var score = CompareCollapsed(sa, sb, shortest, glide: false);
        // A y between vowels is the consonant ي (Ayyub/Ayyob, Tayyib/Tayeb, Atiya/Atiyeh): read so when the
        // first reading, which counts y a vowel to meet Persian -ayi/-aei (Rezayi/Rezaei), finds nothing.
        return score > 0 || !(AnyYBetweenVowels(sa) && AnyYBetweenVowels(sb)) ? score : CompareCollapsed(sa, sb, shortest, glide: true);
    }

    private static double CompareCollapsed(string sa, string sb, int shortest, bool glide)
    {
        Span<Range> ra = stackalloc Range[32], rb = stackalloc Range[32];
        int na = Groups(sa, ra, glide), nb = Groups(sb, rb, glide);
        if (na < 0 || na != nb) return 0;
        int consonants = 0, off = 0, offA = 0;
        for (var i = 0; i < na; i++)
        {
            var ga = sa.AsSpan()[ra[i]];
            var gb = sb.AsSpan()[rb[i]];
            var vowel = Vowel(sa, ra[i].Start.Value, glide);
            if (vowel != Vowel(sb, rb[i].Start.Value, glide)) return 0;
            if (!vowel)
            {
                if (!SameConsonants(ga, gb)) return 0;
                consonants += ga.Length;
            }
            else if (!ga.SequenceEqual(gb) && !SameClass(Fold(ga), Fold(gb)) && !SameClass(ga, gb) && !DiphthongAndE(Fold(ga), Fold(gb)))
            {
                off++;
                // An a is most often a long vowel (alif), which tells names apart (Hamid/Hamad, Jamil/Jamal).
                if (ga.Contains('a') || gb.Contains('a')) offA++;
            }
        }
        if (consonants < 2) return 0;
        if (off == 0) return SameClasses;
        // One vowel off in a long word (Hezbollah/Hizballah), or in a five-letter one when neither vowel
        // is an a (Yusuf/Yousef, Yunus/Younis).
        return off == 1 && consonants >= 3 && (shortest >= 6 || shortest >= 5 && offA == 0) ? OneVowelOff : 0;
    }

    /// <summary>One consonant letter in two romanisations: q and k both write ق (Qadir/Kader, Tariq/Tarik).</summary>
    public static bool SameConsonant(char a, char b) => a == b || a is 'q' or 'k' && b is 'q' or 'k';

    private static bool SameConsonants(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++) if (!SameConsonant(a[i], b[i])) return false;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A vowel letter; y starting a word is the consonant (Yusuf, Yong), and so is a y between vowels when
    /// <paramref name="glide"/> is set.</summary>
    private static bool Vowel(string s, int i, bool glide) =>
        IsVowel(s[i]) && !(i == 0 && s[i] == 'y') && !(glide && s[i] == 'y' && YBetweenVowels(s, i))
        // w closing a vowel is a vowel sound (Jawlani/Julani, Rowhani/Rouhani).
        || s[i] == 'w' && i > 0 && IsVowel(s[i - 1]) && (i + 1 == s.Length || !IsVowel(s[i + 1]));

    /// <summary>Doubled letters written once (Mohammed/Mohamed), and an h after a vowel at the end dropped
    /// (Hamzah/Hamza); dzh and kh, as Russian and English romanisations write j and h, read as the sound
    /// keys read them (Dzhulani/Julani, Taukhid/Tawhid).</summary>
    private static string Collapse(string word)
    {
        if (word.Contains("dzh", StringComparison.Ordinal)) word = word.Replace("dzh", "j", StringComparison.Ordinal);
        if (word.Contains("kh", StringComparison.Ordinal)) word = word.Replace("kh", "h", StringComparison.Ordinal);
        Span<char> b = stackalloc char[Math.Min(word.Length, 64)];
        var n = 0;
        foreach (var c in word.AsSpan(0, Math.Min(word.Length, 64)))
        {
            if (n > 0 && b[n - 1] == c) continue;
            b[n++] = c;
        }
        if (n > 2 && b[n - 1] == 'h' && IsVowel(b[n - 2])) n--;
        return new string(b[..n]);
    }

    /// <summary>True when a y of the word stands between two vowels.</summary>
    private static bool AnyYBetweenVowels(string s)
    {
        for (var i = 1; i + 1 < s.Length; i++) if (s[i] == 'y' && YBetweenVowels(s, i)) return true;
        return false;
    }

    private static bool YBetweenVowels(string s, int i) => i > 0 && i + 1 < s.Length && IsVowel(s[i - 1]) && s[i - 1] != 'y' && IsVowel(s[i + 1]) && s[i + 1] != 'y';

    /// <summary>Splits into alternating groups of vowels and consonants; -1 when there are too many.</summary>
    private static int Groups(string s, Span<Range> groups, bool glide)
    {
        var n = 0;
        var start = 0;
        for (var i = 1; i <= s.Length; i++)
        {
            if (i < s.Length && Vowel(s, i, glide) == Vowel(s, i - 1, glide)) continue;
            if (n == groups.Length) return -1;
            groups[n++] = start..i;
            start = i;
        }
        return n;
    }

    /// <summary>A vowel group folded to its class: ou, oo, uo → u; ee, ie, iy, yi → i; ae, ay, ey, ei → ai.</summary>
    private static string Fold(ReadOnlySpan<char> g) => g switch
    {
        "ou" or "oo" or "uo" or "ow" or "aw" or "au" or "ew" or "uw" => "u",
        "ee" or "ie" or "iy" or "yi" or "ii" => "i",
        "ae" or "ay" or "ey" or "ei" or "ai" => "ai",
        // Persian ـائی / ـایی written -aee, -aei, -aie, -ayi (Rezaee, Rezaei, Rezaie, Mirzayi).
        "aee" or "aei" or "aie" or "ayi" or "aii" => "ai",
        _ => g.ToString(),
    };

    private static bool SameClass(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (x.SequenceEqual(y)) return true;
        if (x.Length == 1 && y.Length == 1) return SameClass(x[0], y[0]);
        // Two vowels written together, each of one class with the other's (Fuad/Foad, Juan/Joan, Yuan/Yuen, Maung/Maong).
        return x.Length == 2 && y.Length == 2 && SameClass(x[0], y[0]) && SameClass(x[1], y[1]);
    }

    /// <summary>The diphthong ai (ay, ei, ey) against a plain e: Urdu and Persian spellings write the one vowel ے / ی both ways
    /// (Javaid/Javed, Zubair/Zuber, Hussain/Husen).</summary>
    private static bool DiphthongAndE(string x, string y) => x == "ai" && y == "e" || x == "e" && y == "ai";

    private static bool SameClass(char x, char y) => x == y || (x, y) switch
    {
        ('a', 'e') or ('e', 'a') or ('e', 'i') or ('i', 'e') or ('i', 'y') or ('y', 'i') or ('o', 'u') or ('u', 'o') or ('e', 'y') or ('y', 'e') => true,
        _ => false,
    };
}
