namespace Remnant.Domain.Screening.Matching;

// An Arabic- or Hebrew-script word against a Latin one, by the consonants both write.
public static partial class TokenSimilarity
{
    /// <summary>An Arabic-script word against a Latin one, by consonants: each Arabic letter agrees with
    /// every Latin rendering of it (ث with th and s). A Latin word that starts with a vowel may carry
    /// the article assimilated or joined (Essaadi = السعدي, Eddine = الدين, Elsseid = الصيد).</summary>
    private static (double Score, string Rule) AcrossScripts(in NameToken arabic, in NameToken latin)
    {
        var ls = latin.Skeleton;
        if (ArabicScript.Agrees(arabic.Skeleton, ls)) return (Consonants(ls.Length + (SilentAyn(arabic.Text, latin.Text) ? 1 : 0)), MatchRules.Consonants);
        // French writes ص and س as ç, which loses its cedilla in lists (فيصل = Fayçal = Faycal).
        if (latin.CedillaSkeleton is { } cs && ArabicScript.Agrees(arabic.Skeleton, cs))
            return (Consonants(cs.Length), MatchRules.Consonants);
        if (arabic.Key.Length < arabic.Text.Length && ls.Length >= 3 && ls[0] == '\'')
        {
            var rest = ls[1] == 'l' ? ls[2..] : ls[1..];
            if (rest.Length >= 2 && ArabicScript.Agrees(arabic.Skeleton, rest)) return (Consonants(rest), MatchRules.Join(MatchRules.Consonants, MatchRules.Article));
        }
        var read = ArabicScript.ReadAs(arabic.Skeleton, ls);
        return JaroWinkler.Similarity(read, ls) >= 0.9 && Math.Min(read.Length, ls.Length) >= 3 ? (0.75, MatchRules.ConsonantsNear) : (0, "");
    }

    /// <summary>The factor for the long vowels of an Arabic- or Hebrew-script word against a Latin one: below 1 when the
    /// Arabic writes ي or و after its first letter (a long vowel, or the consonant y or w) and the Latin word has no
    /// letter that renders it (i, e or y; o, u, w or v), or has it in another place. Hebrew writes י and ו the same
    /// way (בנימין Binyamin, לוי Levi).</summary>
    private static double LongVowels(string arabic, string latin)
    {
        var word = ArabicScript.HasArticle(arabic) ? arabic.AsSpan(2) : arabic.AsSpan();
        if (word.Length < 2) return 1;
        var rest = word[1..];
        bool yaa = rest.IndexOfAny('ي', 'י') >= 0, waw = rest.IndexOfAny('و', 'ו') >= 0;
        if (yaa && latin.AsSpan().IndexOfAny("iey") < 0) return LongVowelMissing;
        if (waw && latin.AsSpan().IndexOfAny("ouwv") < 0) return LongVowelMissing;
        // And the other way: a Latin ee or oo (Saeed, Mahmood) writes a long vowel the Arabic must have.
        if (!yaa && (latin.Contains("ee", StringComparison.Ordinal) || latin.Contains("ii", StringComparison.Ordinal))) return LongVowelMissing;
        // Not ou, which French spellings write for a short u (Jallaloudine).
        if (!waw && (latin.Contains("oo", StringComparison.Ordinal) || latin.Contains("uu", StringComparison.Ordinal))) return LongVowelMissing;
        return LongVowelsInPlace(word, latin) ? 1 : LongVowelMisplaced;
    }

    /// <summary>Factor for a long vowel one side writes and the other not (سعيد / Saadah).</summary>
    private const double LongVowelMissing = 0.8;

    /// <summary>Factor for a long vowel the Latin writes elsewhere in the word (محمود / Mohammed: Mahmud and Muhammad).</summary>
    private const double LongVowelMisplaced = 0.6;

    /// <summary>False when a long vowel و or ي of an Arabic word falls, in the Latin, after as many consonants
    /// as precede it in the Arabic and the Latin writes no vowel there that renders it: محمود (Mahmud, its
    /// ū after m-h-m) is not Mohammed, whose o comes after the first m; سليمان (Sulayman) is not Salman.
    /// Letters Latin spellings often leave out (ʿayn, hamza, alif) are not counted.</summary>
    private static bool LongVowelsInPlace(ReadOnlySpan<char> arabic, string latin)
    {
        if (arabic.Length < 3 || arabic[0] is < '\u0600' or > '\u06FF') return true;
        // A Latin word that starts with a vowel may carry the article the Arabic word has dropped (al-Tikriti): read past it too.
        return LongVowelsAt(arabic, latin, 0) || latin.Length > 0 && IsVowel(latin[0]) && LongVowelsAt(arabic, latin, 1);
    }

    private static bool LongVowelsAt(ReadOnlySpan<char> arabic, string latin, int offset)
    {
        var consonants = 0;
        for (var i = 0; i < arabic.Length; i++)
        {
            var letter = arabic[i];
            if (i > 0 && letter is 'و' or 'ي' && arabic[i - 1] is not ('ا' or 'و' or 'ي'))
            {
                // Past the Latin's consonants, or at the word's end: nothing to tell.
                if (i == arabic.Length - 1 || !VowelsAfter(latin, consonants + offset, out var vowels)) continue;
                if (vowels.IndexOfAny(letter == 'ي' ? "iey" : "ouwv") < 0) return false;
                continue;
            }
            if (letter is 'ا' or 'ع' or 'ء' or 'أ' or 'إ' or 'آ' or 'ئ' or 'ؤ' or 'ى' or 'ة') continue;
            consonants++;
        }
        return true;
    }

    /// <summary>The letters of a Latin word between its <paramref name="n"/>th consonant and the next (n = 0: before the
    /// first), with digraphs (kh, sh, dj, dzh) and doubled letters counted once and y, w and v inside the word read
    /// with the vowels; false when the word has no consonant after them (the end of the word tells nothing).</summary>
    private static bool VowelsAfter(string latin, int n, out ReadOnlySpan<char> vowels)
    {
        int seen = 0, start = 0, i = 0;
        vowels = default;
        while (i < latin.Length)
        {
            var c = latin[i];
            if (!char.IsAsciiLetterLower(c) || IsVowel(c) || c is 'y' or 'w' or 'v' && i > 0) { i++; continue; }
            // A consonant closes the run of vowels before it.
            if (seen == n) { vowels = latin.AsSpan(start, i - start); return true; }
            seen++;
            var rest = latin.AsSpan(i);
            i += rest.StartsWith("dzh") || rest.StartsWith("tch") ? 3
                : rest.Length > 1 && (rest[1] == 'h' && c is 'k' or 's' or 't' or 'd' or 'g' or 'c' or 'z' or 'p' || c == 'd' && rest[1] == 'j' || rest[1] == c) ? 2 : 1;
            start = i;
        }
        return false;
    }

    private static double Consonants(string skeleton) => Consonants(skeleton.Length);

    private static double Consonants(int count) => count >= 3 ? 0.95 : count == 2 ? 0.75 : 0.6;

    /// <summary>A ʿayn inside the Arabic word where the Latin writes two vowels together (القاعدة / Qaida,
    /// سعد / Saad; Hebrew ע in יעקב / Yaakov): a consonant the Latin shows only by its vowels, and one more that agrees.</summary>
    private static bool SilentAyn(string arabic, string latin)
    {
        if (arabic.Length < 2 || arabic.AsSpan(1).IndexOfAny('ع', 'ע') < 0) return false;
        for (var i = 1; i < latin.Length; i++) if (IsVowel(latin[i - 1]) && IsVowel(latin[i]) && latin[i - 1] != latin[i] || latin[i - 1] == 'a' && latin[i] == 'a') return true;
        return false;
    }
}
