namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Romanises Hangul names syllable by syllable in both systems names are found in: Revised
/// Romanisation (South Korea since 2000: 최춘식 → Choe Chun Sik, 정 → Jeong) and McCune-Reischauer
/// as lists write it, without breves and with apostrophes dropped (the DPRK and most sanctions lists:
/// 최춘식 → Ch'oe Ch'un Sik → Choe Chun Sik, 정 → Chong, 철 → Chol). AnyAscii gives only an
/// RR-like form with final consonants voiced (식 → Sig), which no list uses.
/// </summary>
public static class HangulRomanizer
{
    private static readonly string[] RrInitial = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] MrInitial = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];
    private static readonly string[] RrVowel = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] MrVowel = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    // Finals as pronounced at the end of a name syllable (7 representative sounds).
    private static readonly string[] Final = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>True for a precomposed Hangul syllable.</summary>
    public static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>Each syllable of <paramref name="word"/> as (Revised, McCune-Reischauer); other
    /// characters are skipped.</summary>
    public static IReadOnlyList<(string Revised, string McCune)> Syllables(string word)
    {
        var result = new List<(string, string)>(word.Length);
        foreach (var c in word)
        {
            if (!IsSyllable(c)) continue;
            var s = c - 0xAC00;
            int l = s / 588, v = s % 588 / 28, t = s % 28;
            result.Add((RrInitial[l] + RrVowel[v] + Final[t], MrInitial[l] + MrVowel[v] + Final[t]));
        }
        return result;
    }
}
