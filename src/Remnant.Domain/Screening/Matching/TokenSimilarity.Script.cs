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
        if (arabic.Key.Length < arabic.Text.Length && ls.Length >= 3 && ls[0] == '\'')
        {
            var rest = ls[1] == 'l' ? ls[2..] : ls[1..];
            if (rest.Length >= 2 && ArabicScript.Agrees(arabic.Skeleton, rest)) return (Consonants(rest), MatchRules.Join(MatchRules.Consonants, MatchRules.Article));
        }
        var read = ArabicScript.ReadAs(arabic.Skeleton, ls);
        return JaroWinkler.Similarity(read, ls) >= 0.9 && Math.Min(read.Length, ls.Length) >= 3 ? (0.75, MatchRules.ConsonantsNear) : (0, "");
    }

    /// <summary>False when the Arabic word writes ي or و after its first letter (a long vowel, or the
    /// consonant y or w) and the Latin word has no letter that renders it (i, e or y; o, u, w or v). Hebrew
    /// writes י and ו the same way (בנימין Binyamin, לוי Levi).</summary>
    private static bool LongVowelsAgree(string arabic, string latin)
    {
        var word = ArabicScript.HasArticle(arabic) ? arabic.AsSpan(2) : arabic.AsSpan();
        if (word.Length < 2) return true;
        var rest = word[1..];
        bool yaa = rest.IndexOfAny('ي', 'י') >= 0, waw = rest.IndexOfAny('و', 'ו') >= 0;
        if (yaa && latin.AsSpan().IndexOfAny("iey") < 0) return false;
        if (waw && latin.AsSpan().IndexOfAny("ouwv") < 0) return false;
        // And the other way: a Latin ee or oo (Saeed, Mahmood) writes a long vowel the Arabic must have.
        if (!yaa && (latin.Contains("ee", StringComparison.Ordinal) || latin.Contains("ii", StringComparison.Ordinal))) return false;
        // Not ou, which French spellings write for a short u (Jallaloudine).
        return waw || !(latin.Contains("oo", StringComparison.Ordinal) || latin.Contains("uu", StringComparison.Ordinal));
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
