namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// A body's short name made of its words' first letters or first syllables: IRGC for Islamic
/// Revolutionary Guard Corps, KOMID for KOrea MIning Development Trading Corporation. Every name word
/// must give the acronym a prefix of up to three letters, in order; legal-form and other common words
/// may give one or be skipped.
/// </summary>
public static class Acronyms
{
    /// <summary>Similarity of an acronym and the name it abbreviates.</summary>
    public const double Similarity = 0.9;

    /// <summary>True when the single word <paramref name="acronym"/> (three to eight letters)
    /// abbreviates <paramref name="words"/> (at least three words, one of them a legal form or
    /// generic word such as Corps or Trading, so that a person's name is never read as one).</summary>
    public static bool Abbreviates(string acronym, NameToken[] words)
    {
        if (acronym.Length is < 3 or > 8 || words.Length < 3 || words.Length > 12 || !acronym.All(char.IsAsciiLetter)) return false;
        if (!words.Any(w => w.Kind is WordKind.LegalForm or WordKind.Generic)) return false;
        return Consume(acronym, 0, words, 0, 0);
    }

    private static bool Consume(string acronym, int at, NameToken[] words, int w, int used)
    {
        if (w == words.Length) return at == acronym.Length && used >= 2;
        var word = words[w];
        var optional = word.Kind is WordKind.LegalForm or WordKind.Particle or WordKind.Title;
        if (optional && Consume(acronym, at, words, w + 1, used)) return true;
        if (word.Abjad) return false;
        for (var n = 1; n <= Math.Min(3, word.Text.Length) && at + n <= acronym.Length; n++)
        {
            if (acronym[at + n - 1] != word.Text[n - 1]) break;
            if (Consume(acronym, at + n, words, w + 1, used + 1)) return true;
        }
        return false;
    }
}
