namespace Remnant.Domain.Screening.Matching;

/// <summary>How alike two name words are (0..1), and why.</summary>
public static partial class TokenSimilarity
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
            // One word in two languages (جبهة / Front, مصرف / بنك). Across scripts it may also be the other's own spelling
            // (بانک / Bank, ملی / Melli), which counts for more when the consonants agree: Bank Melli Iran written in Persian is
            // the name, not its translation.
            var translation = q.Group >= 0 && q.Group == c.Group;
            if (translation && q.Abjad == c.Abjad) return (0.9, MatchRules.Translation);
            // الله has one consonant left once its article goes, too few to compare: it is Allah by name.
            if (q.Text is "allah" or "الله" && c.Text is "allah" or "الله") return (1.0, MatchRules.Same);
            if (q.Skeleton.Length == 0 || c.Skeleton.Length == 0) return translation ? (0.9, MatchRules.Translation) : (0, "");
            // Arabic writes no short vowels, so consonants are all there is: three or more that agree
            // are nearly as good as the same word; two are weaker evidence.
            if (q.Abjad && c.Abjad)
            {
                // Both in Arabic script: the same letters read the same way.
                string qu = ArabicScript.Usual(q.Skeleton), cu = ArabicScript.Usual(c.Skeleton);
                if (qu == cu) return (Consonants(qu), MatchRules.Consonants);
                return JaroWinkler.Similarity(qu, cu) >= 0.9 && Math.Min(qu.Length, cu.Length) >= 3 ? (0.75, MatchRules.ConsonantsNear) : (0, "");
            }
            var spelled = q.Abjad ? Spelled(q, c) : Spelled(c, q);
            return translation && spelled.Score < 0.9 ? (0.9, MatchRules.Translation) : spelled;
        }
        if (q.Key == c.Key && q.Key.Length > 0) return (0.95, MatchRules.Sound);
        // A French or German spelling of the same name (Choïgou / Shoigu, Prigojine / Prigozhin; Janukowitsch / Yanukovych).
        if ((q.Respelled ?? c.Respelled) is not null && Respelled(q, c) is { Score: > 0 } respelled) return respelled;
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
        // Abd as Abdul is written with a slip of the keyboard (Adbul, Abdlu, Abdhul).
        if (q.Text == "abd" && NameTokenizer.AbdSlip(c.Text) || c.Text == "abd" && NameTokenizer.AbdSlip(q.Text)) return (0.9, MatchRules.Spelling);
        // A slip inside a word of three or four letters (Omra, Ail, Km for Omar, Ali, Kim): weak, and the only fuzzy match
        // short words get.
        if (Math.Max(q.Text.Length, c.Text.Length) <= 4 && InnerSlip(q.Text, c.Text)) return (0.75, MatchRules.ShortWordSlip);
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
        // A glide one side writes and the other not is a consonant of its own (Hussain/Hassan: Husayn and Hasan).
        if (jw >= 0.85 && q.Skeleton.Length >= 3 && q.Skeleton == c.Skeleton && Math.Abs(q.Text.Length - c.Text.Length) <= 1
            && (q.Text[0] == c.Text[0] || IsVowel(q.Text[0]) && IsVowel(c.Text[0])) && !GlideAgainstA(q.Text, c.Text))
            return (0.85, MatchRules.Consonants);
        // The Arabic feminine ending ة, written -ah, -a or -at (Azizah/Azizat, Rahma/Rahmat, Jabhah/Jabhat).
        if (TaMarbuta(q.Text, c.Text)) return (0.85, MatchRules.Join(MatchRules.Spelling, MatchRules.FeminineEnding));
        // Five consonants or more, as written, in the same order: the vowels of a romanised Arabic word are
        // guesses (Mishkhis/Mushakhas). Fewer consonants leave other names (Mahmud/Muhammad).
        if (q.Text[0] == c.Text[0] && SameWrittenConsonants(q.Text, c.Text, 5)) return (0.8, MatchRules.Consonants);
        return Interdental(q.Text, c.Text);
    }

    /// <summary>A word in Arabic script against a Latin one, as spellings of one word: by their consonants, and the long vowels
    /// the Arabic writes.</summary>
    private static (double Score, string Rule) Spelled(in NameToken arabic, in NameToken latin)
    {
        var (score, rule) = AcrossScripts(arabic, latin);
        // The article's l kept on a name that begins with a vowel, as Maghrebi names are written (الأزهر: Lazhar,
        // العربي: Larbi, الأمين: Lamine): only against a word the Arabic writes with its article. The Latin is read without it.
        var latinText = latin.Text;
        if (score == 0 && ArticleContracted(arabic.Text, latinText) && AcrossScripts(arabic, NameTokenizer.Latin(latinText[1..])) is { Score: > 0 } contracted)
            (score, rule, latinText) = (contracted.Score * 0.95, MatchRules.Join(contracted.Rule, MatchRules.Article), latinText[1..]);
        // The consonants agree but a long vowel the Arabic writes is not in the Latin (سعيد / Saadah): less alike.
        return score > 0 && LongVowels(arabic.Text, latinText) is var longVowels and < 1 ? (score * longVowels, MatchRules.Join(rule, MatchRules.LongVowelsDiffer)) : (score, rule);
    }

    /// <summary>One or both words read in the English romanisation (<see cref="NameToken.Respelled"/>) sound alike, or differ
    /// only in vowels that romanisations swap (Dudajew: dudayev / Dudaev); 0 otherwise.</summary>
    private static (double Score, string Rule) Respelled(in NameToken q, in NameToken c)
    {
        var (qr, cr) = (q.Respelled, c.Respelled);
        var rule = (qr ?? cr)!.German ? MatchRules.GermanSpelling : MatchRules.FrenchSpelling;
        if (qr is not null && (qr.Key == c.Key || qr.Key == cr?.Key) || cr is not null && cr.Key == q.Key) return (0.9, rule);
        string qt = qr?.Text ?? q.Text, ct = cr?.Text ?? c.Text;
        return VowelsMayDiffer(qt, ct) && VowelVariants.Compare(qt, ct) is > 0 and var vowels ? (Math.Min(vowels, 0.85), MatchRules.Join(rule, MatchRules.Vowels)) : (0, "");
    }

    /// <summary>True when, between the same consonants, one word writes a glide (ai, ay, ei, ey: the y of Husayn)
    /// and the other a plain a, o or u (Hasan): two names. An i on the other side may write the glide (Hassine, Fihan).
    /// The letters between consonants are read as <see cref="VowelsAfter"/> reads them for Arabic long vowels.</summary>
    private static bool GlideAgainstA(string a, string b)
    {
        // One word ending in a vowel and the other not are vowelled differently throughout (Geummane, Ghumayn): not this case.
        if (IsVowel(a[^1]) != IsVowel(b[^1])) return false;
        for (var n = 0; VowelsAfter(a, n, out var va) && VowelsAfter(b, n, out var vb); n++)
            if (IsGlide(va) && !vb.ContainsAny('i', 'e', 'y') || IsGlide(vb) && !va.ContainsAny('i', 'e', 'y')) return true;
        return false;

        static bool IsGlide(ReadOnlySpan<char> run) => run.Contains("ai", StringComparison.Ordinal) || run.Contains("ay", StringComparison.Ordinal)
            || run.Contains("ei", StringComparison.Ordinal) || run.Contains("ey", StringComparison.Ordinal);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True when <paramref name="arabic"/> begins with the article ال and <paramref name="latin"/>, of five letters or
    /// more, with an l and a vowel: the article's l written onto the name.</summary>
    private static bool ArticleContracted(string arabic, string latin) =>
        latin.Length >= 5 && latin[0] == 'l' && IsVowel(latin[1]) && arabic.StartsWith("ال", StringComparison.Ordinal) && arabic.Length >= 4;

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
