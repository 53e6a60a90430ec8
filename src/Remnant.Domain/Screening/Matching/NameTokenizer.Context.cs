namespace Remnant.Domain.Screening.Matching;

public static partial class NameTokenizer
{
    /// <summary>The words of one form, with the kinds only the words around them tell.</summary>
    private static NameToken[] Finished(List<NameToken> tokens)
    {
        LeadingHonorific(tokens);
        ArabicPrepositions(tokens);
        SunLetterArticles(tokens);
        SonOf(tokens);
        OffShore(tokens);
        JoinedInitials(tokens);
        InsideBodyName(tokens);
        return [.. tokens];
    }

    /// <summary>The Arabic article as spellings write it before a sun letter, which it takes on (as-Sayed, Es Sayed, ash-Sham,
    /// ar-Rahman, Et Tayeb, adh-Dhahabi): a particle, as al is. Only before a word of four letters or more that begins with
    /// that letter; an and en only joined to it by a hyphen (an-Nasr), since An is a Korean name. Not us, ud and the other
    /// u-forms: the Urdu ones are particles already, and US is a country.</summary>
    private static void SunLetterArticles(List<NameToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            NameToken t = tokens[i], next = tokens[i + 1];
            if (t.Abjad || next.Abjad || t.Kind != WordKind.Name || next.Text.Length < 4 || t.Text.Length is < 2 or > 3 || t.Text[0] is not ('a' or 'e')) continue;
            var letter = t.Text.AsSpan(1);
            if (letter is not ("s" or "sh" or "d" or "dh" or "n" or "r" or "t" or "th" or "z") || !next.Text.AsSpan().StartsWith(letter)) continue;
            if (letter is "n" && !t.SameWrittenWord(next)) continue;
            tokens[i] = t with { Kind = WordKind.Particle };
        }
    }

    /// <summary>"Son of" and "daughter of" before a name are bin and bint as lists write them in English
    /// (Abdul Haq son of Anwar Khan): particles, not name words.</summary>
    private static void SonOf(List<NameToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
            if (tokens[i].Text is "son" or "daughter" && tokens[i + 1].Text == "of" && !tokens[i].Abjad)
                tokens[i] = tokens[i] with { Kind = WordKind.Particle };
    }

    /// <summary>Off-shore written as two words, or Offshore beside SAL (S.A.L. Off-Shore, Offshore SAL: the Lebanese
    /// offshore company), is a legal form. Alone, Offshore is a trade (Mehdi Offshore and Ship Management).</summary>
    private static void OffShore(List<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Abjad) continue;
            if (tokens[i].Text == "off" && i + 1 < tokens.Count && tokens[i + 1].Text == "shore")
            {
                tokens[i] = tokens[i] with { Kind = WordKind.LegalForm };
                tokens[i + 1] = tokens[i + 1] with { Kind = WordKind.LegalForm };
            }
            else if (tokens[i].Text == "offshore" && (i > 0 && tokens[i - 1].Text == "sal" || i + 1 < tokens.Count && tokens[i + 1].Text == "sal"))
                tokens[i] = tokens[i] with { Kind = WordKind.LegalForm };
        }
    }

    /// <summary>An Arabic preposition or conjunction written onto the article before a noun (li-l-Quran,
    /// wa-l-Sunna, fi-l-Iraq, ala-l-Jihad) joins words, as "for", "and" and "in" do: a particle. Only before the
    /// article: alone, Li and Wa are Chinese names.</summary>
    private static void ArabicPrepositions(List<NameToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text is "li" or "wa" or "fi" or "ala" or "bi" && tokens[i + 1].Text is "l" or "al" or "el" && tokens[i + 2].Kind != WordKind.Particle)
                tokens[i] = tokens[i] with { Kind = WordKind.Particle };
        }
    }

    /// <summary>In a body's name, or a name with no other word to go by, the run of single letters that begins
    /// it is one word: M.D.S. Import Export is MDS, J &amp; E Trading and J and E Trading are JE, and they meet a
    /// list that writes them solid. Letters that spell a legal form stay apart (S.A., A.C.: Sociedad Anonima,
    /// Asociacion Civil), and so do a person's initials (J. E. Smith = John Edward Smith). Spanish S. before
    /// de or en is Sociedad (J &amp; E S. de R.L.).</summary>
    private static void JoinedInitials(List<NameToken> tokens)
    {
        if (!IsBodyName(tokens) && tokens.Any(t => t.Distinctive)) return;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsInitial(tokens[i])) continue;
            // The run: letters, with "and" between two of them (A & B is written A and B as often).
            var end = i + 1;
            while (end < tokens.Count && (IsInitial(tokens[end]) || tokens[end].Text == "and" && end + 1 < tokens.Count && IsInitial(tokens[end + 1]))) end++;
            var letters = string.Concat(tokens.Skip(i).Take(end - i).Where(IsInitial).Select(t => t.Text));
            if (letters.Length > 1 && letters[^1] == 's' && end < tokens.Count && tokens[end].Text is "de" or "en")
            {
                // J & E S. de R.L.: the S. is the legal form's, not the name's.
                tokens[end - 1] = tokens[end - 1] with { Kind = WordKind.LegalForm };
                end--;
                letters = letters[..^1];
            }
            // Only the letters that begin a name are its name (M.D.S. Import Export); those after it are a
            // legal form (S.A., T.R.D., A.C.), met letter by letter by the form written out.
            if (letters.Length < 2 || tokens.Take(i).Any(t => t.Distinctive) || Latin(letters) is not { Kind: WordKind.Name } joined) continue;
            tokens.RemoveRange(i, end - i);
            tokens.Insert(i, joined);
        }

        static bool IsInitial(NameToken t) => t.Text.Length == 1 && char.IsAsciiLetter(t.Text[0]) && !t.Abjad && t.Kind == WordKind.Particle;
    }

    /// <summary>A body's name: one with a generic or legal-form word other than a connecting word.</summary>
    private static bool IsBodyName(List<NameToken> tokens) =>
        tokens.Any(t => t.Kind is WordKind.Generic || t.Kind == WordKind.LegalForm && !Vocabulary.IsConnector(t.Text));

    /// <summary>In a body's name (one with a legal-form or generic word), "in" between two words links them,
    /// as "of" does (MUJAHIDIN SHURA COUNCIL IN THE ENVIRONS OF JERUSALEM, ISLAMIC STATE IN IRAQ), and so do the
    /// linking words of French, Spanish, Portuguese, Italian and German names (MOUVEMENT POUR L'UNIFICATION ET LE
    /// JIHAD EN AFRIQUE). Elsewhere In and En are Korean and Chinese name syllables (Kim In Ho, Zhou En Lai).</summary>
    private static void InsideBodyName(List<NameToken> tokens)
    {
        if (!IsBodyName(tokens)) return;
        for (var i = 1; i + 1 < tokens.Count; i++)
            if (!tokens[i].Abjad && tokens[i].Kind == WordKind.Name && LinkingWords.Contains(tokens[i].Text)) tokens[i] = tokens[i] with { Kind = WordKind.LegalForm };
    }

    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal)
    {
        "in", "pour", "et", "en", "des", "les", "aux", "au", "sur", "para", "por", "con", "per", "und", "fur",
    };

    /// <summary>Hajj (the pilgrim) before a name is an honorific (Hajj Qasim, El Hadj Omar); after one it
    /// is a family name (Ali El Hajj), so it is a title only when it leads a name of more words.</summary>
    private static void LeadingHonorific(List<NameToken> tokens)
    {
        var at = tokens.FindIndex(t => t.Kind != WordKind.Particle);
        if (at < 0 || at + 1 >= tokens.Count || tokens[at].Kind != WordKind.Name || tokens[at].Text is not ("hajj" or "haj" or "hadj" or "hag" or "elhadj" or "alhaj" or "alhajj" or "حاج" or "الحاج" or "حاجي")) return;
        if (tokens.Skip(at + 1).Any(t => t.Kind == WordKind.Name)) tokens[at] = tokens[at] with { Kind = WordKind.Title };
    }

    /// <summary>"LAST, First Middle" (OFAC, most lists) as "First Middle LAST", so that a word's place
    /// says whether it is a middle name; comparison itself does not depend on order.</summary>
    private static string NaturalOrder(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0) return name;
        var last = name[..comma];
        var first = name[(comma + 1)..];
        return first.Any(char.IsLetter) && last.Any(char.IsLetter) && !LegalFormAfterComma(last, first) && !Generation(first) ? first + " " + last : name;
    }

    /// <summary>A generation after the comma (SANTOS, Jr.; Hilarion Del Rosario Santos, III (third)): the name before
    /// it is in its order already.</summary>
    private static bool Generation(string after)
    {
        var any = false;
        foreach (var w in SplitAscii(after))
        {
            if (!Vocabulary.IsGeneration(w.ToLowerInvariant())) return false;
            any = true;
        }
        return any;
    }

    /// <summary>A body's name with its legal form after a comma (CITY PLAZA, S.A. DE C.V.; J &amp; E, S. DE R.L.;
    /// MORUMBI, A.C.; ACME, LTD): not "LAST, First". Letters alone after the comma are a person's initials
    /// (SMITH, A.G.) unless the name before is a body's.</summary>
    private static bool LegalFormAfterComma(string before, string after)
    {
        var words = LowerWords(after);
        if (words.Count == 0) return false;
        var spelledOut = false; // a legal-form word of two letters or more, or Spanish de, en, y
        foreach (var w in words)
        {
            var spanish = w is "de" or "en" or "y";
            var form = Vocabulary.ListedKind(w) == WordKind.LegalForm;
            if (w.Length > 1 && !form && !spanish) return false;
            // General is also a rank (NKUNDA, General).
            spelledOut |= spanish || w.Length > 1 && form && w != "general";
        }
        return spelledOut || LowerWords(before).Any(w => w.Length > 1 && Vocabulary.ListedKind(w) is WordKind.LegalForm or WordKind.Generic);

        // The words as the tokenizer reads them: apostrophes dropped (Sa'ad), split at other marks.
        static List<string> LowerWords(string text) => [.. SplitAscii(text).Select(w => w.ToLowerInvariant())];
    }
}
