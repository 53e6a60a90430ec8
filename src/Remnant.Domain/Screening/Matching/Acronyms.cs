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

    /// <summary>Similarity of a three-letter acronym and a whole name it abbreviates: many bodies share
    /// three initials (IPI, NPC, DCB), so such a reading is shown but not enough for a match alone.</summary>
    public const double ShortSimilarity = 0.8;

    /// <summary>The similarity of <paramref name="acronym"/> read as a whole name: <see cref="Similarity"/>, or
    /// <see cref="ShortSimilarity"/> for three letters.</summary>
    public static double SimilarityOf(string acronym) => acronym.Length <= 3 ? ShortSimilarity : Similarity;

    /// <summary>True when the single word <paramref name="acronym"/> (three to eight letters)
    /// abbreviates <paramref name="words"/> (at least three words, one of them a legal form or
    /// generic word such as Corps or Trading, so that a person's name is never read as one).</summary>
    public static bool Abbreviates(string acronym, NameToken[] words) => Abbreviates(acronym, words, 2);

    /// <summary>True for a word that could be an acronym: three to eight Latin letters.</summary>
    public static bool CouldBe(string word) => word.Length is >= 3 and <= 8 && word.All(char.IsAsciiLetter);

    private static bool Abbreviates(string acronym, ReadOnlySpan<NameToken> words, int minimumWords)
    {
        if (!CouldBe(acronym) || words.Length < 3 || words.Length > 12) return false;
        var body = false;
        foreach (var w in words)
        {
            // A name that holds the word itself, or the word a letter away, is not what it abbreviates (ETCO is not
            // ET + CO of ETCO INTERNATIONAL COMMODITIES, nor NOVA NOV + A of NOVE-AD-HOLDING AD).
            if (w.Text == acronym || w.Text.Length >= 3 && !w.Abjad && Edits.AtMostTwo(acronym, w.Text) <= 1) return false;
            body |= w.Kind is WordKind.LegalForm or WordKind.Generic;
        }
        return body && Consume(acronym, 0, words, 0, minimumWords);
    }

    private static bool Consume(string acronym, int at, ReadOnlySpan<NameToken> words, int used, int minimumWords)
    {
        if (words.IsEmpty) return at == acronym.Length && used >= minimumWords;
        var word = words[0];
        var optional = word.Kind is WordKind.LegalForm or WordKind.Particle or WordKind.Title;
        if (optional && Consume(acronym, at, words[1..], used, minimumWords)) return true;
        if (word.Abjad) return false;
        for (var n = 1; n <= Math.Min(3, word.Text.Length) && at + n <= acronym.Length; n++)
        {
            if (acronym[at + n - 1] != word.Text[n - 1]) break;
            if (Consume(acronym, at + n, words[1..], used + 1, minimumWords)) return true;
        }
        return false;
    }

    /// <summary>Each reading of two names in which one word of one (three to eight letters) abbreviates a
    /// run of three or more words of the other, the run replaced by that word: FLORES DTO and FLORES DRUG
    /// TRAFFICKING ORGANIZATION, IRGC AIR FORCE and ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE. The rest of
    /// the names is then aligned as usual.</summary>
    public static IReadOnlyList<PartReading> PartReadings(NameToken[] query, NameToken[] candidate)
    {
        // Most pairs have none: nothing is allocated for them.
        List<PartReading>? found = null;
        Find(query, candidate, inQuery: true, ref found);
        Find(candidate, query, inQuery: false, ref found);
        return found ?? (IReadOnlyList<PartReading>)[];
    }

    private static void Find(NameToken[] shortForm, NameToken[] longForm, bool inQuery, ref List<PartReading>? found)
    {
        if (shortForm.Length < 2 || longForm.Length < 3) return;
        foreach (var word in shortForm)
        {
            if (!word.Distinctive || word.Abjad || !CouldBe(word.Text)) continue;
            for (var i = 0; i + 3 <= longForm.Length; i++)
            {
                if (longForm[i].Abjad || longForm[i].Text[0] != word.Text[0]) continue;
                for (var j = i + 3; j <= longForm.Length && j - i <= 12; j++)
                {
                    // Three words at least give it letters.
                    if (!Abbreviates(word.Text, longForm.AsSpan(i, j - i), 3)) continue;
                    NameToken[] read = [.. longForm[..i], word with { Whole = null }, .. longForm[j..]];
                    var spelled = string.Join(' ', longForm[i..j].Select(t => t.Text));
                    (found ??= []).Add(inQuery ? new(shortForm, read, word.Text, spelled, true) : new(read, shortForm, word.Text, spelled, false));
                }
            }
        }
    }

    /// <summary>The best of the <see cref="PartReadings"/> of two names, each aligned by <paramref name="align"/>
    /// and <see cref="Explained"/>, or null when they have none.</summary>
    public static (NameAlignment Alignment, PartReading Reading)? BestReading(NameToken[] query, NameToken[] candidate, Func<PartReading, NameAlignment> align)
    {
        (NameAlignment Alignment, PartReading Reading)? best = null;
        foreach (var reading in PartReadings(query, candidate))
        {
            var a = Explained(align(reading), reading);
            if (a.Score > (best?.Alignment.Score ?? 0)) best = (a, reading);
        }
        return best;
    }

    /// <summary>The one distinctive word of a name that has only one, or null: the word that may be an
    /// acronym of a whole name (IRGC; KOMID Co. Ltd).</summary>
    public static NameToken? LoneWord(NameToken[] form)
    {
        NameToken? found = null;
        foreach (var t in form)
        {
            if (!t.Distinctive) continue;
            if (found is not null) return null;
            found = t;
        }
        return found;
    }

    /// <summary>The alignment of an acronym with the whole name it abbreviates, written out as
    /// <paramref name="spelled"/>: one pair, scored <see cref="SimilarityOf"/>.</summary>
    public static NameAlignment WholeName(string acronym, string spelled, double weight)
    {
        var similarity = SimilarityOf(acronym);
        return new NameAlignment([new WordPair(acronym, spelled, similarity, MatchRules.Acronym, weight)], 1, 1, weight, similarity);
    }

    /// <summary><paramref name="a"/>, the alignment of a <see cref="PartReading"/>, with the acronym's pair
    /// shown as the words it stands for and the score counted as an acronym's (x <see cref="Similarity"/>).</summary>
    public static NameAlignment Explained(NameAlignment a, PartReading reading) => a with
    {
        Score = a.Score * Similarity,
        Pairs = [.. a.Pairs.Select(p => p.Query == reading.Acronym && p.Candidate == reading.Acronym
            ? p with
            {
                Query = reading.InQuery ? reading.Acronym : reading.Spelled,
                Candidate = reading.InQuery ? reading.Spelled : reading.Acronym,
                Similarity = Similarity,
                Rule = MatchRules.Acronym,
            }
            : p)],
    };
}

/// <summary>Two names with a run of words of one read as the acronym a word of the other makes of it.</summary>
/// <param name="Query">The query's words, its run replaced when the acronym is the candidate's.</param>
/// <param name="Candidate">The candidate's words, likewise.</param>
/// <param name="Acronym">The acronym.</param>
/// <param name="Spelled">The words it stands for.</param>
/// <param name="InQuery">True when the acronym is a word of the query.</param>
public readonly record struct PartReading(NameToken[] Query, NameToken[] Candidate, string Acronym, string Spelled, bool InQuery);
