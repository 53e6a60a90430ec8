using System.Collections.Frozen;

namespace Remnant.Domain.Screening.Matching;

/// <summary>How alike two name words are (0..1), and why.</summary>
public static class TokenSimilarity
{
    /// <summary>Below this Jaro-Winkler similarity two words are different words.</summary>
    public const double MinimumJaroWinkler = 0.90;

    /// <summary>True when <paramref name="rule"/>, a rule this class gave, is a match of consonants alone
    /// across Arabic script whose long vowels agree: the kind of match that several words in the same
    /// order in both names make more than chance (<see cref="NameAligner"/>).</summary>
    public static bool OrderMayRaise(string rule) =>
        rule.StartsWith(MatchRules.Consonants, StringComparison.Ordinal) && !rule.EndsWith(MatchRules.LongVowelsDiffer, StringComparison.Ordinal);

    /// <summary>Factor for a match that rests on a second reading of one name only (金 read as Kim):
    /// a name in Han characters is more often Chinese than Korean.</summary>
    public const double ReadingFactor = 0.95;

    /// <summary>The similarity of <paramref name="q"/> and <paramref name="c"/> and the rule that gave it.</summary>
    public static (double Score, string Rule) Compare(in NameToken q, in NameToken c)
    {
        var (score, rule) = Words(q, c);
        return q.Reading == c.Reading || score == 0 ? (score, rule) : (score * ReadingFactor, MatchRules.Join(rule, MatchRules.KoreanReading));
    }

    private static (double Score, string Rule) Words(in NameToken q, in NameToken c)
    {
        if (q.Text == c.Text) return (1.0, MatchRules.Same);
        // Roman numerals number vessels, units and successors (BICENTENARIO II, III): another numeral is another one.
        if (IsRomanNumeral(q.Text) || IsRomanNumeral(c.Text)) return NumberValue(q.Text) is { } n && n == NumberValue(c.Text) ? (1.0, MatchRules.Same) : (0, "");
        if (q.Abjad || c.Abjad)
        {
            if (q.Abjad && c.Abjad && q.Key == c.Key) return (1.0, MatchRules.Same);
            // One word in two languages (بنك / Bank, جبهة / Front).
            if (q.Group >= 0 && q.Group == c.Group) return (0.9, MatchRules.Translation);
            // الله has one consonant left once its article goes, too few to compare: it is Allah by name.
            if (q.Text is "allah" or "الله" && c.Text is "allah" or "الله") return (1.0, MatchRules.Same);
            if (q.Skeleton.Length == 0 || c.Skeleton.Length == 0) return (0, "");
            // Arabic writes no short vowels, so consonants are all there is: three or more that agree
            // are nearly as good as the same word; two are weaker evidence.
            if (q.Abjad && c.Abjad)
            {
                // Both in Arabic script: the same letters read the same way.
                string qu = ArabicScript.Usual(q.Skeleton), cu = ArabicScript.Usual(c.Skeleton);
                if (qu == cu) return (Consonants(qu), MatchRules.Consonants);
                return JaroWinkler.Similarity(qu, cu) >= 0.9 && Math.Min(qu.Length, cu.Length) >= 3 ? (0.75, MatchRules.ConsonantsNear) : (0, "");
            }
            var (arabic, latin) = q.Abjad ? (q, c) : (c, q);
            var (score, rule) = AcrossScripts(arabic, latin);
            // The consonants agree but a long vowel the Arabic writes is not in the Latin (سعيد / Saadah): less alike.
            return score > 0 && !LongVowelsAgree(arabic.Text, latin.Text) ? (score * 0.8, MatchRules.Join(rule, MatchRules.LongVowelsDiffer)) : (score, rule);
        }
        if (q.Key == c.Key && q.Key.Length > 0) return (0.95, MatchRules.Sound);
        // Generic words of one stem are one word (Air/Airlines, Bank/Banking, Electronic/Electronics).
        if (q.Kind != WordKind.Name && c.Kind != WordKind.Name && Math.Min(q.Text.Length, c.Text.Length) >= 3 && Prefix(q.Text, c.Text)) return (0.9, MatchRules.Stem);
        // A generic word and another form of it (Work/Works, Managing/Management, Constructing/Construction).
        if ((q.Kind != WordKind.Name || c.Kind != WordKind.Name) && SameStem(q.Text, c.Text)) return (0.85, MatchRules.Stem);
        // An initial stands for any word it starts (J. = Jong, A. = Antonio): weak, but not a disagreement.
        if ((q.Text.Length == 1) != (c.Text.Length == 1) && char.IsAsciiLetter(q.Text[0]) && q.Text[0] == c.Text[0]) return (0.7, MatchRules.Initial);
        // Sayyid, the name of descent that Iranian and South Asian names carry before the given name, in
        // its spellings (Seyed, Syed). By the letters, not the sound key, which Sayyid shares with Said.
        // Sayed writes Sayyid as often as Said, so it meets both.
        if (SayyidOrSayed(q.Text) && SayyidOrSayed(c.Text)) return (0.9, MatchRules.SameName);
        if (q.Group >= 0 && q.Group == c.Group)
        {
            // Spellings of one group that are also vowel variants keep that closer reading (Mohammed/Muhammad).
            var group = Vocabulary.IsSurnameGroup(q.Group) ? 0.93 : 0.9;
            return VowelsMayDiffer(q.Text, c.Text) && VowelVariants.Compare(q.Text, c.Text) is var close && close > group
                ? (close, MatchRules.Vowels) : (group, Vocabulary.GroupRule(q.Group));
        }
        if (VowelsMayDiffer(q.Text, c.Text) && VowelVariants.Compare(q.Text, c.Text) is > 0 and var vowels) return (vowels, MatchRules.Vowels);
        // The sound keys with o and u as one vowel, where romanisations that write one consonant two ways
        // have met: Wade-Giles and pinyin (Tung/Dong, Tsetung/Zedong). Only o/u: the keys fold r/l and kh/h,
        // and with more vowel classes Khaled would meet Harith, and Cheng Zhang.
        if (q.Key.Length >= 4 && q.Key.Length == c.Key.Length && q.Text[0] != c.Text[0] && SameWithOAsU(q.Key, c.Key)) return (0.9, MatchRules.Join(MatchRules.Sound, MatchRules.Vowels));
        // A silent final e of French spellings (Amine/Amin, Yassine/Yassin, Ayache/Ayach).
        if (SilentE(q, c)) return (0.85, MatchRules.Spelling);
        // A letter left out of or added to a five-letter word (Firas/Fras, Rajab/Rajb) is a slip; a
        // letter changed is not, since short syllables differ by one letter into other names (Hyeon/Hyeok).
        if (Math.Max(q.Text.Length, c.Text.Length) == 5 && ShortSlip(q.Text, c.Text) is { Score: > 0 } slip) return slip;
        // A long word with its first letter dropped is the same word (Ntaganda/Taganda, Ibrahim/Brahim):
        // first letters are otherwise kept apart below.
        if (Math.Min(q.Text.Length, c.Text.Length) >= 6 && Math.Abs(q.Text.Length - c.Text.Length) == 1
            && (q.Text.Length > c.Text.Length ? q.Text.AsSpan(1).SequenceEqual(c.Text) : c.Text.AsSpan(1).SequenceEqual(q.Text)))
            return (0.85, MatchRules.Spelling);
        // Spanish and Portuguese spellings write one final sound s or z (Alvarez/Alvares, Lopez/Lopes).
        if (FinalSOrZ(q.Text, c.Text)) return (0.9, MatchRules.Spelling);
        // The article written onto a name (Elkaddafi, Almasri) against the name without it (Gaddafi, Masri).
        if (JoinedArticle(q, c) is > 0 and var article) return (article, MatchRules.Article);
        // A Belarusian spelling of a Russian name (Halavanau/Golovanov, Karaeu/Karaev, Lidziya/Lidia).
        if (Belarusian(q.Text, c.Text)) return (0.85, MatchRules.Join(MatchRules.Spelling, MatchRules.Belarusian));
        // Short words (Kim, Ali, Un; Korean syllables: Yong, Myong) differ by one letter into other
        // names: no fuzzy match for them.
        if (q.Text.Length <= 4 || c.Text.Length <= 4) return (0, "");
        // A word and a longer word that starts with it are different words (Petrov/Petrovich).
        var longer = Math.Max(q.Text.Length, c.Text.Length);
        if (Math.Abs(q.Text.Length - c.Text.Length) > Math.Max(2, longer / 5)) return (0, "");
        // A longer word that starts with the shorter is another name, not a slip (Ahmad/Ahmadi, Karim/Karimi);
        // and in five letters a changed letter is another syllable (Hyeon/Hyeok).
        if (NameSuffix(q.Text, c.Text) || longer <= 5) return (0, "");
        var jw = Math.Max(JaroWinkler.Similarity(q.Text, c.Text), JaroWinkler.Similarity(q.Key, c.Key));
        // One slip of the keyboard (a letter wrong, missing, added or two swapped) in a long word is
        // the same word; Jaro-Winkler alone punishes a slip near the start more than one near the end.
        // Slips are in the body of a word: a different first letter is a different name (Kyong/Yong, Wonkwang/Sonkwang).
        // The last letter is the ending, which tells names apart (Khalid/Khalil, Chunxiao/Chunxian): a slip there is not a typo.
        // Two letters swapped at the end are a slip all the same (Maricic/Maricci): the ending is there, out of order.
        var edits = q.Text[0] != c.Text[0] ? 3
            : q.Text.Length == c.Text.Length && q.Text[^1] != c.Text[^1] ? (LastTwoSwapped(q.Text, c.Text) ? 1 : 3)
            : Edits.AtMostTwo(q.Text, c.Text);
        var typo = edits == 1 && longer >= 6 ? 0.9 : edits == 2 && Math.Min(q.Text.Length, c.Text.Length) >= 9 ? 0.85 : 0;
        // Jaro-Winkler alone is kept for long words only: in short ones a shared beginning says little (Yongmin/Yongan, Salih/Sharikh).
        var spelling = jw >= MinimumJaroWinkler && Math.Min(q.Text.Length, c.Text.Length) >= 8 ? 0.7 + (jw - MinimumJaroWinkler) * 2.5 : 0;
        if (typo > 0 || spelling > 0) return (Math.Max(typo, spelling), MatchRules.Spelling);
        // Vowels are the least stable part of a romanised Arabic or Persian name (Faris/Fares,
        // Osman/Usman): the same consonants and a close spelling make the same word. Short words
        // are left out: in Korean the vowel is what tells Jung from Jang.
        if (jw >= 0.85 && q.Skeleton.Length >= 3 && q.Skeleton == c.Skeleton && Math.Abs(q.Text.Length - c.Text.Length) <= 1
            && (q.Text[0] == c.Text[0] || IsVowel(q.Text[0]) && IsVowel(c.Text[0])))
            return (0.85, MatchRules.Consonants);
        // The Arabic feminine ending ة, written -ah, -a or -at (Azizah/Azizat, Rahma/Rahmat, Jabhah/Jabhat).
        if (TaMarbuta(q.Text, c.Text)) return (0.85, MatchRules.Join(MatchRules.Spelling, MatchRules.FeminineEnding));
        // Five consonants or more, as written, in the same order: the vowels of a romanised Arabic word are
        // guesses (Mishkhis/Mushakhas). Fewer consonants leave other names (Mahmud/Muhammad).
        if (q.Text[0] == c.Text[0] && SameWrittenConsonants(q.Text, c.Text, 5)) return (0.8, MatchRules.Consonants);
        return Interdental(q.Text, c.Text);
    }

    /// <summary>True for a Roman numeral from 2 to 39 of two letters or more, but not Xi and Vi, which are names.</summary>
    public static bool IsRomanNumeral(string word) =>
        word.Length is >= 2 and <= 7 && word[0] is 'i' or 'v' or 'x' && RomanNumeralValues.ContainsKey(word);

    // II to XXXIX, written once (this test runs on every pair of words compared).
    private static readonly FrozenDictionary<string, int> RomanNumeralValues = Enumerable.Range(2, 38)
        .Select(n => (Text: new string('x', n / 10) + (n % 10) switch { 9 => "ix", 4 => "iv", var d and >= 5 => "v" + new string('i', d - 5), var d => new string('i', d) }, Value: n))
        .Where(r => r.Text is not ("xi" or "vi"))
        .ToFrozenDictionary(r => r.Text, r => r.Value, StringComparer.Ordinal);

    /// <summary>The value of a Roman numeral (<see cref="IsRomanNumeral"/>) or of a number in digits, else null.</summary>
    private static int? NumberValue(string word) =>
        int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits) ? digits
        : RomanNumeralValues.TryGetValue(word, out var value) ? value : null;

    /// <summary>True when two words of one length differ only by their last two letters, swapped.</summary>
    private static bool LastTwoSwapped(string a, string b) =>
        a[^1] == b[^2] && a[^2] == b[^1] && a.AsSpan(0, a.Length - 2).SequenceEqual(b.AsSpan(0, b.Length - 2));

    /// <summary>ث and ذ inside an Arabic name are th and dh in Arabic romanisation but s and z in Persian,
    /// Urdu and Turkish ones (Uthman/Usman/Osman, Harith/Haris, Mundhir/Munzir, Dhakir/Zakir). A th
    /// starting a word is left alone: there th and s begin different names (Thamer/Samer).</summary>
    private static (double Score, string Rule) Interdental(string a, string b)
    {
        var (ra, rb) = (Interdentals(a), Interdentals(b));
        if (ReferenceEquals(ra, a) && ReferenceEquals(rb, b)) return (0, "");
        if (ra == rb || LatinKeys.Phonetic(ra) == LatinKeys.Phonetic(rb)) return (0.9, MatchRules.Join(MatchRules.Sound, MatchRules.Interdental));
        return VowelsMayDiffer(ra, rb) && VowelVariants.Compare(ra, rb) > 0 ? (0.85, MatchRules.Join(MatchRules.Sound, MatchRules.Interdental)) : (0, "");
    }

    /// <summary>The word with th after its first letter written s and every dh written z; the same instance when it has none.</summary>
    private static string Interdentals(string word)
    {
        if (word.IndexOf("th", 1, StringComparison.Ordinal) < 0 && !word.Contains("dh", StringComparison.Ordinal)) return word;
        return (word[..1] + word[1..].Replace("th", "s", StringComparison.Ordinal)).Replace("dh", "z", StringComparison.Ordinal);
    }

    /// <summary>One word sounds as the other with a final e after a consonant left silent, as French
    /// romanisations write it (Amine, Yassine, Hocine, Ayache; Setchine = Sechin). Four letters or more before it.</summary>
    private static bool SilentE(in NameToken a, in NameToken b)
    {
        bool ea = EndsInSilentE(a.Text), eb = EndsInSilentE(b.Text);
        if (ea == eb) return false;
        var (withE, without) = ea ? (a, b) : (b, a);
        if (without.Text.Length < 4 || without.Text[^1] is 'e' or 'y') return false;
        var stem = withE.Text.AsSpan(0, withE.Text.Length - 1);
        return stem.SequenceEqual(without.Text) || LatinKeys.Phonetic(stem.ToString()) == without.Key;
    }

    // English endings of the words of company names, longest first: inflections, and the endings that make
    // an adjective of a noun (Metallurgy/Metallurgical, Industry/Industrial, Charity/Charitable, Finance/Financial).
    private static readonly string[] Endings =
        ["ations", "ation", "ments", "ment", "ical", "able", "ions", "ial", "ion", "ings", "ing", "ers", "er", "es", "ed", "al", "s", "e", "y"];

    /// <summary>True when the two words are one stem of four letters or more with different English endings.</summary>
    private static bool SameStem(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a[..4] != b[..4]) return false;
        var sa = Stem(a, out var ea);
        var sb = Stem(b, out var eb);
        // A noun's -y meets an adjective's ending only (Industry/Industrial), not another noun's (Unity/United).
        if ((ea == "y") != (eb == "y") && !(AdjectiveEnding(ea) || AdjectiveEnding(eb))) return false;
        return sa.Length >= 4 && sa.SequenceEqual(sb);
    }

    private static bool AdjectiveEnding(string ending) => ending is "ical" or "ial" or "able" or "al";

    /// <summary>The word without its longest English ending, and that ending ("" for none).</summary>
    private static ReadOnlySpan<char> Stem(string word, out string ending)
    {
        foreach (var e in Endings)
        {
            if (word.Length - e.Length >= 4 && word.EndsWith(e, StringComparison.Ordinal))
            {
                ending = e;
                var stem = word.AsSpan(0, word.Length - e.Length);
                return stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;
            }
        }
        ending = "";
        return word;
    }

    private static bool SayyidOrSayed(string word) => Vocabulary.IsSayyid(word) || word == "sayed";

    /// <summary>The similarity of the two words when one is the other with the Arabic article written onto it
    /// (Elkaddafi/Gaddafi, Almasri/Masri), x0.95; else 0. Five letters at least after the article, so that
    /// Albert is not Bert.</summary>
    private static double JoinedArticle(in NameToken q, in NameToken c)
    {
        var (joined, other) = ArticleJoined(q.Text) ? (q, c) : ArticleJoined(c.Text) ? (c, q) : (default, default);
        if (joined.Text is null || ArticleJoined(other.Text) || other.Text.Length < 5 || Math.Abs(joined.Text.Length - 2 - other.Text.Length) > 2
            || SoundClass(joined.Text[2]) != SoundClass(other.Text[0])) return 0;
        var rest = NameTokenizer.Latin(joined.Text[2..]);
        var (score, _) = Words(rest, other);
        return score * 0.95;
    }

    /// <summary>A first letter as the phonetic key reads it: its one-letter rewrites (q, w, y), then the fold.</summary>
    private static char SoundClass(char c) => LatinKeys.FoldConsonant(c switch { 'q' => 'k', 'w' => 'v', 'y' => 'i', _ => c });

    /// <summary>True for a word that starts with al or el and has five letters or more after it.</summary>
    public static bool ArticleJoined(string word) =>
        word.Length >= 7 && (word.StartsWith("al", StringComparison.Ordinal) || word.StartsWith("el", StringComparison.Ordinal));

    /// <summary>One word the Belarusian spelling of the other, which lists give for Belarusians beside the
    /// Russian one: final -au and -eu for -ov and -ev (ў), h for g, dz and ts for a soft d and t, and
    /// unstressed o written a (Halavanau/Golovanov, Karaeu/Karaev, Lidziya/Lidia, Tatsiana/Tatiana). Only
    /// where one word has such an ending or letter pair, so that Hasan does not meet Ghassan.</summary>
    private static bool Belarusian(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < 5 || Math.Abs(a.Length - b.Length) > 2) return false;
        var markA = BelarusianMark(a);
        if (markA == BelarusianMark(b)) return false;
        var (belarusian, russian) = markA ? (a, b) : (b, a);
        // -au and -eu stand for -ov and -ev only (not French Moreau for Mora, nor Rousseau).
        if ((belarusian.EndsWith("au", StringComparison.Ordinal) || belarusian.EndsWith("eu", StringComparison.Ordinal))
            && (belarusian.EndsWith("eau", StringComparison.Ordinal) || !(russian.EndsWith("ov", StringComparison.Ordinal) || russian.EndsWith("ev", StringComparison.Ordinal)))) return false;
        var (fb, fr) = (FoldBelarusian(belarusian), FoldBelarusian(russian));
        return fb[0] == fr[0] && LatinKeys.Skeleton(fb) == LatinKeys.Skeleton(fr);
    }

    private static bool BelarusianMark(string w) =>
        w.EndsWith("au", StringComparison.Ordinal) || w.EndsWith("eu", StringComparison.Ordinal)
        || w.Contains("dzi", StringComparison.Ordinal) || w.Contains("dzm", StringComparison.Ordinal) || w.Contains("tsi", StringComparison.Ordinal);

    private static string FoldBelarusian(string w) =>
        w.Replace("dz", "d", StringComparison.Ordinal).Replace("tsi", "ti", StringComparison.Ordinal).Replace('g', 'h');

    /// <summary>True when both words write the same consonants in the same order, <paramref name="least"/> of
    /// them or more: vowels (and y) left out, a doubled letter read once.</summary>
    private static bool SameWrittenConsonants(string a, string b, int least)
    {
        int i = 0, j = 0, count = 0;
        char lastA = '\0', lastB = '\0';
        while (true)
        {
            while (i < a.Length && (IsVowel(a[i]) || a[i] is 'y' or '\'' || a[i] == lastA)) i++;
            while (j < b.Length && (IsVowel(b[j]) || b[j] is 'y' or '\'' || b[j] == lastB)) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length && count >= least;
            if (a[i] != b[j]) return false;
            lastA = a[i++];
            lastB = b[j++];
            count++;
        }
    }

    /// <summary>True when the words differ only in how they write a final ة (-ah, -a, -at), with four
    /// letters before it.</summary>
    private static bool TaMarbuta(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || a[^1] == b[^1]) return false;
        var stem = FeminineStem(a);
        return stem.Length >= 4 && stem.SequenceEqual(FeminineStem(b));
    }

    /// <summary>The word before a final -ah, -a or -at; the whole word when it has none.</summary>
    private static ReadOnlySpan<char> FeminineStem(string w) =>
        w[^1] == 'a' ? w.AsSpan(0, w.Length - 1)
        : w[^2] == 'a' && w[^1] is 'h' or 't' ? w.AsSpan(0, w.Length - 2)
        : w.AsSpan();

    private static bool FinalSOrZ(string a, string b) =>
        a.Length == b.Length && a.Length >= 5 && a[^1] != b[^1] && a[^1] is 's' or 'z' && b[^1] is 's' or 'z' && a[^2] == 'e' && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1));

    private static bool SameWithOAsU(string a, string b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && !(a[i] is 'o' or 'u' && b[i] is 'o' or 'u')) return false;
        }
        return true;
    }

    private static bool EndsInSilentE(string word) => word.Length >= 5 && word[^1] == 'e' && !IsVowel(word[^2]) && word[^2] != 'y';

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

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A slip in a word of five letters: a letter left out or added, two letters swapped, or
    /// one consonant mistyped inside the word (a consonant left out counts less). Not a changed first or last letter, nor one vowel for
    /// another: those make other syllables and names (Kyong/Yong, Hyeon/Hyeok, Hamid/Hamad).</summary>
    private static (double Score, string Rule) ShortSlip(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a[0] != b[0] || NameSuffix(a, b) || Edits.AtMostTwo(a, b) != 1) return (0, "");
        var at = 0;
        while (at < Math.Min(a.Length, b.Length) && a[at] == b[at]) at++;
        // A vowel left out is a slip (Firas/Fras, Rajab/Rajb). A consonant left out inside the word is a slip
        // too, but a weak one, since it may make another name (Perez/Peez, Jamal/Jaal; but Ramzi/Rami): alone it
        // is no match, beside agreeing words it does not part the names. At the end it is another syllable
        // (Zheng/Zhen, Samir/Sami).
        if (a.Length != b.Length)
        {
            var longer = a.Length > b.Length ? a : b;
            return IsVowel(longer[at]) ? (0.85, MatchRules.Spelling)
                : at < longer.Length - 1 ? (0.7, MatchRules.Join(MatchRules.Spelling, MatchRules.ConsonantLeftOut)) : (0, "");
        }
        at = 0;
        while (a[at] == b[at]) at++;
        if (at + 1 < a.Length && a[at] == b[at + 1] && a[at + 1] == b[at]) return (0.85, MatchRules.Spelling);
        return at < a.Length - 1 && !(IsVowel(a[at]) && IsVowel(b[at])) ? (0.8, MatchRules.Spelling) : (0, "");
    }

    /// <summary>One word is the other plus a vowel or more (Ahmad/Ahmadi, Karim/Karimi, Petrov/Petrova,
    /// Petrov/Petrovich): another name, not a slip. A consonant lost at the end is a slip (Hassan/Hassa).</summary>
    private static bool NameSuffix(string a, string b)
    {
        if (a.Length == b.Length || !Prefix(a, b)) return false;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.Length - shorter.Length > 1 || IsVowel(longer[^1]) || longer[^1] == 'y';
    }

    private static bool Prefix(string a, string b) => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>Cheap test before <see cref="VowelVariants.Compare"/>: same first consonant (or both
    /// starting with a vowel) and lengths within three letters.</summary>
    private static bool VowelsMayDiffer(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= 3 && a.Length >= 4 && b.Length >= 4 && (VowelVariants.SameConsonant(First(a), First(b)) || IsVowel(a[0]) && IsVowel(b[0]));

    /// <summary>The first letter, with the Russian romanisation's dzh read as j.</summary>
    private static char First(string word) => word.StartsWith("dzh", StringComparison.Ordinal) ? 'j' : word[0];

    /// <summary>Two adjacent words joined, for names written as one word or two (Ho-Jin/Hojin, Xiao Ming/Xiaoming).</summary>
    public static NameToken Join(in NameToken a, in NameToken b)
    {
        var text = a.Text + b.Text;
        if (a.Abjad || b.Abjad)
        {
            // Consonants run on across the join as in one word (ابو بكر: Abubakar, one b).
            var tail = b.Skeleton.TrimStart('W', '\'');
            if (tail.Length > 0 && a.Skeleton.Length > 0 && ArabicScript.Usual(tail[..1]) == ArabicScript.Usual(a.Skeleton[^1..])) tail = tail[1..];
            return new NameToken(text, a.Key + b.Key, JoinedSkeleton(a.Skeleton + tail, a, b), WordKind.Name, true, -1, a.Reading || b.Reading);
        }
        // Two parts of one written word join back into it as written (khair + allah = Khairullah).
        if (a.SameWrittenWord(b)) text = a.Whole!.Replace("-", "", StringComparison.Ordinal);
        return new NameToken(text, LatinKeys.Phonetic(text), JoinedSkeleton(LatinKeys.Skeleton(text), a, b), WordKind.Name, false, -1, a.Reading || b.Reading);
    }

    /// <summary>The skeleton of a join, or none when it is only one part's consonants: a word whose
    /// consonants run into the other's (Yahya + Haqqani, احمد + ضيا) would otherwise let two words stand
    /// for one across scripts and leave the other name's word unmatched.</summary>
    private static string JoinedSkeleton(string joined, in NameToken a, in NameToken b) =>
        joined == a.Skeleton || joined == b.Skeleton ? "" : joined;
}
