using WordOption = (int Q, int QLen, int C, int CLen, double Sim, string Rule);

namespace Remnant.Domain.Screening.Matching;

/// <summary>What tells two aligned names apart though their words agree: another given name, a father's
/// name inside his son's, half of a hyphenated name, another number, another family name.</summary>
public static partial class NameAligner
{
    /// <summary>A reason two aligned names are not the same party: the factor on the score and the
    /// explanation's words (either side may be empty).</summary>
    private readonly record struct Difference(double Factor, string Query, string Candidate, string Rule);

    /// <summary>The first reason, if any, that the aligned names are not the same party.
    /// <paramref name="bothLeftOver"/>: each name has a distinctive word left unmatched.</summary>
    private static Difference? FirstDifference(NameToken[] query, NameToken[] candidate, Span<bool> usedQ, Span<bool> usedC,
        List<WordOption> chosen, bool persons, bool bothLeftOver)
    {
        if (persons && ShiftedGivenName(query, candidate, usedQ, usedC, chosen) is { } extra)
            return new(ShiftedGivenNameFactor, extra.Query, extra.Candidate, MatchRules.ShiftedGivenName);
        if (persons && OtherGivenName(query, candidate, usedQ, usedC, chosen) is { } other)
            return new(OtherGivenNameFactor, other.Query, other.Candidate, MatchRules.AnotherGivenName);
        if (HalfMatchedWord(query, usedQ, persons, candidate, chosen, isQuery: true) is { } halfQ)
            return new(OtherGivenNameFactor, halfQ, "", MatchRules.HalfMatchedWord);
        if (HalfMatchedWord(candidate, usedC, persons, query, chosen, isQuery: false) is { } halfC)
            return new(OtherGivenNameFactor, "", halfC, MatchRules.HalfMatchedWord);
        // Two numbers that differ name two units, vessels or branches (77th and 33rd Light Infantry Division).
        if (UnmatchedNumber(query, usedQ) is { } nq && UnmatchedNumber(candidate, usedC) is { } nc)
            return new(OtherGivenNameFactor, nq, nc, MatchRules.AnotherNumber);
        // Two services of one armed force (IRGC Ground Force and Air Force, KPA Navy and Air Force).
        if (!persons && UnmatchedService(query, usedQ) is { } sq && UnmatchedService(candidate, usedC) is { } sc && !SameService(sq, sc))
            return new(OtherGivenNameFactor, sq, sc, MatchRules.AnotherService);
        if (persons && bothLeftOver && OnlyGivenNamesMatched(query, chosen))
            return new(OtherFamilyNameFactor, "", "", MatchRules.OtherFamilyName);
        return null;
    }

    /// <summary>Factor for a person whose given name is missing on one side while the other side's given
    /// name matches the next name: the name of a father inside his son's (Saddam Hussein al-Tikriti in
    /// Uday Saddam Hussein al-Tikriti), or a man's brother's.</summary>
    public const double ShiftedGivenNameFactor = 0.85;

    /// <summary>Factor for two people whose first names differ while the rest agrees: brothers and
    /// sisters share their father's and grandfather's names and the family name (Ali and Saja Barzan
    /// Ibrahim Hasan al-Tikriti), so the given name is what tells them apart.</summary>
    public const double OtherGivenNameFactor = 0.80;

    /// <summary>Factor for two people who share a given name and patronymic but not the family name
    /// (Viktor Petrovich Popov, Victor Petrovich Ivanov): common given names and patronymics are shared by
    /// thousands, the family name is what tells them apart.</summary>
    public const double OtherFamilyNameFactor = 0.85;

        /// <summary>A hyphenated word (a person's two short parts, Min-seong; a body's two names, Almaz-Antey) of
    /// which one part is matched and the other left over, or null: Min is not Min-seong.</summary>
    private static string? HalfMatchedWord(NameToken[] tokens, Span<bool> used, bool persons, NameToken[] other, List<WordOption> chosen, bool isQuery)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (!SplitFromOneWord(tokens, i) || used[i] == used[i + 1] || !tokens[i].Distinctive || !tokens[i + 1].Distinctive) continue;
            // Hyphenated syllables only (Min-seong): a compound written as one word is often shortened to its
            // first part (Siraj for Sirajuddin, Naseer for Nasiruddin), and a double-barrelled family name
            // often drops a part (Fakhrizadeh-Mahabadi, Fakhrizadeh).
            if (!tokens[i].Whole!.Contains('-')) continue;
            // For a body, two names of five letters or more (Almaz-Antey, not Antey Trading); not an acronym
            // or a generic word before a name (IRGC-Quds Force, Sanatorium-Resort).
            // Nor Abd and Abu, which begin Arabic names hyphenated or not (Abd-Rabbuh, Abed Rabbo).
            if (persons ? Math.Max(tokens[i].Text.Length, tokens[i + 1].Text.Length) > 6 || tokens[i].Text is "abd" or "abu"
                : tokens[i].Kind != WordKind.Name || tokens[i + 1].Kind != WordKind.Name || Math.Min(tokens[i].Text.Length, tokens[i + 1].Text.Length) < 5) continue;
            // Matched by an initial (A. for Abdelhamid), the word is only abbreviated.
            var at = used[i] ? i : i + 1;
            foreach (var o in chosen)
            {
                var (mine, partner, length) = isQuery ? (o.Q, o.C, o.CLen) : (o.C, o.Q, o.QLen);
                if (mine == at && length == 1 && other[partner].Text.Length > 1) return tokens[i].Whole;
            }
        }
        return null;
    }

    // The services of an armed force, as their names say them.
    private static readonly HashSet<string> Services = new(StringComparer.Ordinal)
    {
        "air", "aerospace", "ground", "land", "naval", "navy", "sea", "missile", "rocket", "strategic", "border", "coast", "marine", "marines",
    };

    /// <summary>The first unmatched word that names a service of an armed force, or null.</summary>
    private static string? UnmatchedService(NameToken[] tokens, Span<bool> used)
    {
        for (var i = 0; i < tokens.Length; i++) if (!used[i] && !tokens[i].Abjad && Services.Contains(tokens[i].Text)) return tokens[i].Text;
        return null;
    }

    /// <summary>Air and Aerospace name one service (the IRGC's Air Force became its Aerospace Force), as do Navy and Naval, Sea.</summary>
    private static bool SameService(string a, string b) =>
        a == b || a is "air" or "aerospace" && b is "air" or "aerospace" || a is "navy" or "naval" or "sea" or "marine" && b is "navy" or "naval" or "sea" or "marine";

    /// <summary>The first unmatched word that holds a digit, or null.</summary>
    private static string? UnmatchedNumber(NameToken[] tokens, Span<bool> used)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (!used[i] && !tokens[i].Abjad && (tokens[i].Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || IsNumeral(tokens, i))) return tokens[i].Text;
        return null;
    }

    /// <summary>A Roman numeral, or I, V or X ending a name of other words (BICENTENARIO I).</summary>
    private static bool IsNumeral(NameToken[] tokens, int i) =>
        TokenSimilarity.IsRomanNumeral(tokens[i].Text) || i == tokens.Length - 1 && i > 0 && tokens[i].Text is "i" or "v" or "x";

    /// <summary>True when every matched word is a known given name or a patronymic.</summary>
    private static bool OnlyGivenNamesMatched(NameToken[] query, List<WordOption> chosen)
    {
        if (chosen.Count == 0) return false;
        foreach (var o in chosen)
        {
            for (var i = o.Q; i < o.Q + o.QLen; i++)
            {
                var t = query[i];
                if (t.Distinctive && !Vocabulary.IsGivenNameGroup(t.Group) && !IsPatronymic(t.Text)) return false;
            }
        }
        return true;
    }

    /// <summary>Both names' first words are unmatched name words: returns them, or null.</summary>
    private static (string Query, string Candidate)? OtherGivenName(NameToken[] query, NameToken[] candidate, Span<bool> usedQ, Span<bool> usedC,
        List<WordOption> chosen)
    {
        int q0 = FirstName(query), c0 = FirstName(candidate);
        if (q0 < 0 || c0 < 0) return null;
        if (!usedQ[q0] && !usedC[c0]) return (query[q0].Text, candidate[c0].Text);
        // First names a consonant apart are two given names as much as a slip (Rami/Ramzi): brothers' names differ so.
        foreach (var o in chosen)
            if (o.Q == q0 && o.C == c0 && o.QLen == 1 && o.CLen == 1 && o.Rule.Contains(MatchRules.ConsonantLeftOut, StringComparison.Ordinal) && !query[q0].Abjad && !candidate[c0].Abjad)
                return (query[q0].Text, candidate[c0].Text);
        return null;
    }

    /// <summary>One name's first word is unmatched while the other name's first word matched a later
    /// word of it: returns the unmatched word (on its side, the other side empty), or null.</summary>
    private static (string Query, string Candidate)? ShiftedGivenName(NameToken[] query, NameToken[] candidate, Span<bool> usedQ, Span<bool> usedC,
        List<WordOption> chosen)
    {
        int q0 = FirstName(query), c0 = FirstName(candidate);
        if (q0 < 0 || c0 < 0) return null;
        foreach (var o in chosen)
        {
            if (o.Q <= q0 && q0 < o.Q + o.QLen && o.C > c0 && !usedC[c0] && !TitleAndOneName(query)) return ("", candidate[c0].Text);
            if (o.C <= c0 && c0 < o.C + o.CLen && o.Q > q0 && !usedQ[q0] && !TitleAndOneName(candidate)) return (query[q0].Text, "");
        }
        return null;
    }

    /// <summary>A title and a single name (Mullah Omar, Sheikh Umar, Qari Mohammad): the way a person is
    /// called by one of his names, not a father's name inside his son's.</summary>
    private static bool TitleAndOneName(NameToken[] tokens)
    {
        int names = 0, titles = 0;
        foreach (var t in tokens)
        {
            if (t.Kind == WordKind.Name) names++;
            else if (t.Kind == WordKind.Title) titles++;
        }
        return names == 1 && titles > 0;
    }

    /// <summary>The first name word (not a title, particle, initial or Sayyid), or -1.</summary>
    private static int FirstName(NameToken[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            // Sayyid before a given name (Seyyed Mohammad Atabak) says whose descendant he is, not which son;
            // before the family name alone (Sayyed Hashemitabar) it stands where the given name would.
            // So does Hafiz, one who knows the Qur'an by heart (Hafiz Muhammad Saeed).
            if (tokens[i].Kind == WordKind.Name && Vocabulary.IsHonourBeforeNames(tokens[i].Text) && NamesAfter(tokens, i) >= 2) continue;
            if (tokens[i].Kind == WordKind.Name) return tokens[i].Text.Length >= 2 ? i : -1;
            if (tokens[i].Kind != WordKind.Title && tokens[i].Kind != WordKind.Particle) return -1;
        }
        return -1;
    }

    private static int NamesAfter(NameToken[] tokens, int i)
    {
        var n = 0;
        for (var k = i + 1; k < tokens.Length; k++) if (tokens[k].Kind == WordKind.Name) n++;
        return n;
    }
}
