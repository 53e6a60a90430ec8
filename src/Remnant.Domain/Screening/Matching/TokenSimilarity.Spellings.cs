using System.Collections.Frozen;

namespace Remnant.Domain.Screening.Matching;

// The spellings that make one Latin word out of two written differently: numbers, endings, slips and the
// letters romanisations write their own way.
public static partial class TokenSimilarity
{
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
        ["ations", "ation", "ments", "ment", "ical", "able", "ions", "ial", "ion", "ings", "ing", "ers", "er", "es", "ed", "al", "ic", "s", "e", "y"];

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

    private static bool AdjectiveEnding(string ending) => ending is "ical" or "ial" or "able" or "al" or "ic";

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

    /// <summary>Two letters after the first of a short word swapped (Omra, Ail, Kmi for Omar, Ali, Kim: the letters are
    /// all there), or one after the first left out, added or mistyped where that leaves a word no romanisation writes: two
    /// consonants to begin it, no vowel, or three consonants together (Km, Hji, Mtn, Khn, Amcr, Kcim for Kim, Haji, Mun,
    /// Khan, Amir, Kim). A slip that leaves a syllable is another name (Amr/Amir, Juwa/Juma), and so is another last
    /// letter (Kin/Kim).</summary>
    private static bool InnerSlip(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < 2 || a[0] != b[0] || a[^1] != b[^1] && a.Length != b.Length) return false;
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        return Edits.OneSlip(longer, shorter) switch
        {
            { Kind: SlipKind.Swapped } => true,
            // One letter inside mistyped where that leaves two consonants to begin the word (Mtn, Wgl for Mun, Wol).
            { Kind: SlipKind.Changed, At: var at } => at < a.Length - 1 && Unwritten(a) != Unwritten(b),
            { Kind: SlipKind.Added } => Unwritten(shorter) != Unwritten(longer),
            _ => false,
        };
    }

    /// <summary>True when a short Latin word is one no romanisation writes: two consonants to begin it that none writes
    /// together (Km, Hj, Wl; not Kh, Sh, Ky, Kw, Pr), no vowel at all (Khn), or three consonants together (Amcr).</summary>
    private static bool Unwritten(string w)
    {
        if (w.Length >= 2 && !IsVowel(w[0]) && !IsVowel(w[1]) && w[0] != 'y' && w[1] is not ('h' or 'y' or 'w' or 'r' or 'l')) return true;
        var run = 0;
        var vowels = 0;
        foreach (var c in w)
        {
            if (IsVowel(c) || c == 'y') { vowels++; run = 0; }
            else if (++run == 3) return true;
        }
        return vowels == 0;
    }

    /// <summary>A slip in a word of five letters: a letter left out or added, two letters swapped, or
    /// one consonant mistyped inside the word (a consonant left out counts less). Not a changed first or last letter, nor one vowel for
    /// another: those make other syllables and names (Kyong/Yong, Hyeon/Hyeok, Hamid/Hamad).</summary>
    private static (double Score, string Rule) ShortSlip(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a[0] != b[0] || NameSuffix(a, b)) return (0, "");
        var longer = a.Length >= b.Length ? a : b;
        // A vowel left out is a slip (Firas/Fras, Rajab/Rajb). A consonant left out inside the word is a slip
        // too, but a weak one, since it may make another name (Perez/Peez, Jamal/Jaal; but Ramzi/Rami): alone it
        // is no match, beside agreeing words it does not part the names. At the end it is another syllable
        // (Zheng/Zhen, Samir/Sami).
        return Edits.OneSlip(longer, ReferenceEquals(longer, a) ? b : a) switch
        {
            { Kind: SlipKind.Added, At: var at } => IsVowel(longer[at]) ? (0.85, MatchRules.Spelling)
                : at < longer.Length - 1 ? (0.7, MatchRules.Join(MatchRules.Spelling, MatchRules.ConsonantLeftOut)) : (0, ""),
            { Kind: SlipKind.Swapped } => (0.85, MatchRules.Spelling),
            { Kind: SlipKind.Changed, At: var at } => at < a.Length - 1 && !(IsVowel(a[at]) && IsVowel(b[at])) ? (0.8, MatchRules.Spelling) : (0, ""),
            _ => (0, ""),
        };
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
}
