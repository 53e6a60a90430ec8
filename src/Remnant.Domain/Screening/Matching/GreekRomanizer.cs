using System.Globalization;
using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Romanises a Greek word the way Greek passports (ELOT 743) and shipping registers write names:
/// ου → ou, αι → ai, ει/οι → ei/oi, αυ/ευ → av/ev, μπ and ντ → b and d at the start of a word,
/// γγ/γκ → ng, γι before a vowel → y (Γιάννης = Yannis), χ → ch, θ → th, ψ → ps. Letter-by-letter
/// transliteration gets the digraphs wrong (Βαρουφάκης as Varoyfakis). Variants beyond these are left
/// to the phonetic key.
/// </summary>
public static class GreekRomanizer
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    };

    /// <summary>The Latin form of one Greek word, lower case; letters it does not know pass through.</summary>
    public static string Romanize(string word)
    {
        var s = Plain(word);
        var b = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var pair = string.Concat(c, next);
            switch (pair)
            {
                case "ου": b.Append("ou"); i++; continue;
                case "αι": b.Append("ai"); i++; continue;
                case "ει": b.Append("ei"); i++; continue;
                case "οι": b.Append("oi"); i++; continue;
                case "αυ" or "ευ" or "ηυ":
                    b.Append(Letters[c]).Append(i + 2 < s.Length && Voiced(s[i + 2]) ? 'v' : 'f'); i++; continue;
                case "μπ" when i == 0: b.Append('b'); i++; continue;
                case "ντ" when i == 0: b.Append('d'); i++; continue;
                case "γγ" or "γκ" when i > 0: b.Append("ng"); i++; continue;
                case "γκ": b.Append('g'); i++; continue;
                // γι before a vowel is y at the start of a word or after a vowel (Γιάννης, Μπακογιάννη), not after a consonant (Γεώργιος).
                case "γι" when i + 2 < s.Length && IsVowel(s[i + 2]) && (i == 0 || IsVowel(s[i - 1])): b.Append('y'); i++; continue;
            }
            b.Append(Letters.TryGetValue(c, out var latin) ? latin : c.ToString());
        }
        return b.ToString();
    }

    /// <summary>Lower case without accents and diaeresis (ά → α, ϊ → ι).</summary>
    private static string Plain(string word)
    {
        var b = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) b.Append(c);
        }
        return b.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsVowel(char c) => c is 'α' or 'ε' or 'η' or 'ι' or 'ο' or 'υ' or 'ω';

    /// <summary>After αυ/ευ, a vowel or voiced consonant makes υ a v (Ευάγγελος = Evangelos), else an f (Ευθύμιος = Efthymios).</summary>
    private static bool Voiced(char c) => IsVowel(c) || c is 'β' or 'γ' or 'δ' or 'ζ' or 'λ' or 'μ' or 'ν' or 'ρ';
}
