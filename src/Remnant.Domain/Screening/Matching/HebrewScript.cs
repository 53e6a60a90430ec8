using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Hebrew names, which, like Arabic ones, leave most vowels unwritten: משה is Moshe, כהן Cohen. A Hebrew
/// word is compared with a Latin spelling by its consonant skeleton in the classes
/// <see cref="ArabicScript"/> uses, and its letters that Latin spellings write more than one way carry a
/// mark read each way: ב inside a word is b or v (Avraham, Rabin), כ k or kh/ch, ח h, kh or ch (Haim,
/// Chaim), פ p or f, צ tz, ts or z, ש sh or s. ו and י are vowels or v and y, which Latin skeletons leave
/// out too; א and ע starting a word leave the mark of an initial vowel (Amir, Avi), as alif and ʿayn do.
/// A geresh gives the sounds Hebrew writes for foreign names (ג׳ j, ז׳ zh, צ׳ ch).
/// AnyAscii writes no vowels and keeps every letter (mshh khhn), which meets nothing.
/// </summary>
public static class HebrewScript
{
    /// <summary>True for a Hebrew letter, point or punctuation mark.</summary>
    public static bool IsHebrew(char c) => c is >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F';

    /// <summary>The word's letters only, as written: points (niqqud) and cantillation dropped, the geresh
    /// kept after the letter it marks.</summary>
    public static string Letters(string word)
    {
        var b = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is >= '\u05D0' and <= '\u05EA') b.Append(c);
            else if (c is '\u05F3' or '\'' or '\u2019' && b.Length > 0) b.Append('\u05F3');
            else if (c is '\u05F0') b.Append("וו");
            else if (c is '\u05F1') b.Append("וי");
            else if (c is '\u05F2') b.Append("יי");
        }
        return b.ToString();
    }

    /// <summary><see cref="Letters"/> with the final forms written as the ordinary letter (ם as מ): the
    /// word's key.</summary>
    public static string Normalize(string letters) => string.Create(letters.Length, letters, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = source[i] switch { 'ך' => 'כ', 'ם' => 'מ', 'ן' => 'נ', 'ף' => 'פ', 'ץ' => 'צ', var c => c };
    });

    /// <summary>The consonant skeleton of a normalised word (see the class summary), doubled letters collapsed
    /// and a final h dropped, as Latin skeletons are.</summary>
    public static string Skeleton(string normalized)
    {
        var b = new StringBuilder(normalized.Length + 1);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var geresh = i + 1 < normalized.Length && normalized[i + 1] == '\u05F3';
            var s = c switch
            {
                'א' or 'ע' => i == 0 ? "'" : "",
                'ב' => i == 0 ? "b" : "B",
                'ג' => geresh ? "j" : "k",
                'ד' => "d",
                'ה' => "h",
                'ז' => geresh ? "G" : "z",
                'ח' => "H",
                'ט' => "t",
                'כ' => i == 0 ? "k" : "K",
                'ל' => "l",
                'מ' => "m",
                'נ' => "n",
                'ס' => "s",
                'פ' => "P",
                'צ' => geresh ? "j" : "C",
                'ק' => "k",
                'ר' => "r",
                'ש' => "S",
                'ת' => "t",
                _ => "", // ו, י and the geresh
            };
            if (s.Length == 0 || (b.Length > 0 && b[^1] == s[0])) continue;
            b.Append(s);
        }
        if (b.Length > 1 && b[^1] == 'h') b.Length--;
        return b.ToString();
    }

    /// <summary>Words that join names rather than name anyone: בן and בת (son and daughter of).</summary>
    public static bool IsParticle(string letters) => letters is "בן" or "בת" or "ו";
}
