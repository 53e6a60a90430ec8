using System.Globalization;
using System.Text;
using Remnant.Domain.Geography;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Turns a name as written into one or more token lists ("forms") to compare: Latin words are
/// folded (case, accents, apostrophes ' and ’ dropped, hyphens split); Hangul gives a Revised and a
/// McCune-Reischauer form; Chinese gives pinyin syllables; Cyrillic is romanised; Arabic-script words
/// are kept in their script with a consonant skeleton. Word order is not kept: comparison is
/// order-free, so family-name-first (Korean, Chinese, DPRK lists) and "LAST, First" (OFAC) need nothing.
/// </summary>
public static partial class NameTokenizer
{
    /// <summary>The forms of <paramref name="name"/>: usually one; two for Hangul names. A name with a
    /// part in parentheses ("MUHAMMAD JAMAL NETWORK (MJN)", "X (a sub-unit of Y)") also gives the
    /// name without it and the part alone, since lists put acronyms and other names there.</summary>
    public static IReadOnlyList<NameToken[]> Forms(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf(')', open + 1);
        if (open < 0 || close < 0) return PlainForms(name);
        var inside = name[(open + 1)..close];
        // A country in parentheses names a branch (AL-HARAMAYN FOUNDATION (KENYA), ... (TANZANIA)): the name without
        // it would be every branch's, so the name is read whole.
        if (inside.Count(char.IsLetter) >= 4 && CountryNames.TryResolve(inside.Trim(), out _)) return PlainForms(name);
        var outside = name[..open] + " " + name[(close + 1)..];
        var forms = new List<NameToken[]>(PlainForms(name));
        // Lists put several names inside one pair of parentheses: "(Jabhat al-Nusrah; Al-Nusra Front)".
        foreach (var part in inside.Split(';').Prepend(outside))
        {
            if (!part.Any(char.IsLetter)) continue;
            // A country's code or name alone in parentheses (USA, HK) says where a branch is, not another name: two
            // bodies in one country are not one body (AERO CONTINENTE (USA) INC., LA HACIENDA (USA), LLC).
            if (!ReferenceEquals(part, outside) && CountryNames.TryResolve(part, out _)) continue;
            // A part that is only a place or generic words ("(Hong Kong)", "(Branch)") is not a name of its own.
            foreach (var form in PlainForms(part))
                if (ReferenceEquals(part, outside) || form.Any(t => t.Kind == WordKind.Name)) forms.Add(form);
        }
        return forms;
    }

    private static IReadOnlyList<NameToken[]> PlainForms(string name)
    {
        var forms = ScriptForms(name);
        // A Korean name in Cyrillic is read back into Korean sounds (Ким Чен Ын: Kim Chong Un), as well as letter by letter.
        if (NameScripts.Of(name) == NameScript.Cyrillic && CyrillicKorean.Readings(name) is { Count: > 0 } readings)
            return [.. forms, .. readings.SelectMany(ScriptForms).Select(AsReading)];
        // A name in Han characters may be Korean: its Sino-Korean reading gives two more forms
        // (金正恩: Jin Zhengen in pinyin, and Kim Jong Un).
        if (KoreanReading(name) is not { } korean) return forms;
        return [.. forms, .. ScriptForms(korean).Select(AsReading)];
    }

    private static NameToken[] AsReading(NameToken[] form) => Array.ConvertAll(form, t => t with { Reading = true });

    /// <summary>The name with each Han word read in Hangul, or null when it has none (or one cannot be read).</summary>
    private static string? KoreanReading(string name)
    {
        if (!name.Any(c => NameScripts.Of(c) == NameScript.Han)) return null;
        var b = new StringBuilder(name.Length);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var han = i < name.Length && NameScripts.Of(name[i]) == NameScript.Han;
            if (han && start < 0) start = i;
            if (han) continue;
            if (start >= 0)
            {
                if (HanjaReadings.Hangul(name[start..i]) is not { } hangul) return null;
                b.Append(hangul);
                start = -1;
            }
            if (i < name.Length) b.Append(name[i]);
        }
        return b.ToString();
    }

    private static IReadOnlyList<NameToken[]> ScriptForms(string name)
    {
        // Hong Kong is one place in two words; Hong and Kong alone are also surnames.
        if (name.Contains("hong kong", StringComparison.OrdinalIgnoreCase)) name = name.Replace("hong kong", "Hongkong", StringComparison.OrdinalIgnoreCase);
        var words = SplitWords(NaturalOrder(JoinLinkedDin(name)));
        var first = new List<NameToken>();
        List<NameToken>? second = null;
        var linked = false; // the word before was hyphenated to this one and gave one token
        var written = "";
        foreach (var (word, hyphen) in words)
        {
            var script = NameScripts.Of(word);
            if (script is not (NameScript.Latin or NameScript.Other)) linked = false;
            switch (script)
            {
                case NameScript.Hangul:
                    second ??= [.. first];
                    foreach (var (rr, mr) in JoinCommonWords(HangulRomanizer.Syllables(word), (a, b) => Translations.Joined(a.Revised, b.Revised) ?? Translations.Joined(a.McCune, b.McCune),
                        (a, b) => (a.Revised + b.Revised, a.McCune + b.McCune)))
                    {
                        first.Add(Latin(rr));
                        second.Add(Latin(mr));
                    }
                    continue;
                case NameScript.Arabic:
                    AddArabic(word, first, second);
                    continue;
                case NameScript.Hebrew:
                    AddHebrew(word, first, second);
                    continue;
                case NameScript.Cyrillic:
                    AddLatin(CyrillicRomanizer.Romanize(word), first, second);
                    continue;
                case NameScript.Greek:
                    AddLatin(GreekRomanizer.Romanize(word), first, second);
                    continue;
                case NameScript.Han:
                    var pinyin = SplitCapitals(AnyAscii.Transliteration.Transliterate(word)).ToList();
                    foreach (var syllable in JoinCommonWords(pinyin, Translations.Joined, (a, b) => (a + b).ToLowerInvariant())) AddLatin(syllable, first, second);
                    continue;
                default:
                    var before = first.Count;
                    var ascii = word.Any(DevanagariRomanizer.IsDevanagari) ? DevanagariRomanizer.Romanize(word) : AnyAscii.Transliteration.Transliterate(word);
                    AddLatin(ascii, first, second);
                    // A hyphenated word (Min-seong, Ho-jin) is one written word in two: its parts join as written.
                    if (linked && first.Count == before + 1) MarkWhole(first, second, before - 1, (written + "-" + ascii).ToLowerInvariant());
                    linked = hyphen && first.Count == before + 1;
                    written = ascii;
                    continue;
            }
        }
        return second is null ? [Finished(first)] : [Finished(first), Finished(second)];
    }

    /// <summary>Marks the tokens at <paramref name="at"/> and the next as the two parts of one written word.</summary>
    private static void MarkWhole(List<NameToken> first, List<NameToken>? second, int at, string whole)
    {
        if (at < 0 || first[at].Whole is not null || first[at + 1].Whole is not null || !whole.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return;
        first[at] = first[at] with { Whole = whole };
        first[at + 1] = first[at + 1] with { Whole = whole };
        if (second is null || second.Count != first.Count) return;
        second[at] = second[at] with { Whole = whole };
        second[at + 1] = second[at + 1] with { Whole = whole };
    }

    /// <summary>Two or three syllables that make one common word of organisation names (은행 = eun + haeng
    /// = bank; 公司 = gong + si = company; 총회사 = chong + hoe + sa = general company) become one word. Taken from the end, where such words stand
    /// (沈忠國際: shen zhong guo-ji, not zhong-guo ji).</summary>
    private static List<T> JoinCommonWords<T>(IReadOnlyList<T> syllables, Func<T, T, string?> known, Func<T, T, T> join)
    {
        var result = new List<T>(syllables.Count);
        for (var i = syllables.Count - 1; i >= 0; i--)
        {
            // Three syllables first (총회사: general company, 위원회: committee), then two.
            if (i > 1 && known(join(syllables[i - 2], syllables[i - 1]), syllables[i]) is not null)
            {
                result.Add(join(join(syllables[i - 2], syllables[i - 1]), syllables[i]));
                i -= 2;
            }
            else if (i > 0 && known(syllables[i - 1], syllables[i]) is not null)
            {
                result.Add(join(syllables[i - 1], syllables[i]));
                i--;
            }
            else result.Add(syllables[i]);
        }
        result.Reverse();
        return result;
    }

    /// <summary>A Latin word (already ASCII, any case) as a token.</summary>
    public static NameToken Latin(string ascii)
    {
        var text = ascii.ToLowerInvariant();
        text = text switch
        {
            // Abbreviated legal forms compare as the full word.
            "corp" => "corporation", "co" => "company", "ltd" => "limited", "intl" => "international",
            "inc" => "incorporated", "est" => "establishment", "ent" => "enterprise", "mfg" => "manufacturing",
            "shpg" => "shipping", "bros" => "brothers", "mgmt" => "management", "natl" => "national", "assn" => "association",
            "svcs" => "services", "intern" => "international", "ind" or "inds" => "industries", "engg" => "engineering",
            "tv" => "television", "dept" => "department", "univ" => "university", "govt" => "government", "inst" => "institute",
            "hldgs" => "holdings", "hldg" => "holding", "grp" => "group", "assoc" => "association",
            // Muhammad as Malaysian and Bangladeshi names abbreviate it, and Burmese Maung.
            "md" or "mohd" or "muhd" => "muhammad", "mg" => "maung",
            _ => text,
        };
        var kind = Vocabulary.KindOf(text);
        var key = LatinKeys.Phonetic(text);
        var group = Vocabulary.Group(text, key);
        // A French or German spelling read back (Evgueni, Choïgou; Jewgeni, Janukowitsch): its key, and its given name's
        // group where the word has none.
        Respelling? respelled = null;
        if (kind == WordKind.Name && (LatinKeys.FrenchReading(text) is { } french ? (french, false) : (LatinKeys.GermanReading(text), true)) is ({ } reading, var german)
            && LatinKeys.Phonetic(reading) is var readingKey && readingKey != key)
        {
            respelled = new Respelling(reading, readingKey, german);
            if (group < 0) group = Vocabulary.Group(reading, readingKey);
        }
        return new NameToken(text, key, LatinKeys.Skeleton(text), kind, false, group)
        {
            Respelled = respelled,
            CedillaSkeleton = kind == WordKind.Name && LatinKeys.CedillaLost(text) is { } cedilla ? LatinKeys.Skeleton(cedilla) : null,
        };
    }

    private static void AddLatin(string ascii, List<NameToken> first, List<NameToken>? second)
    {
        foreach (var part in SplitAscii(ascii))
        {
            var word = part.ToLowerInvariant();
            var pieces = Pieces(word).ToArray();
            foreach (var piece in pieces)
            {
                var token = pieces.Length == 2 ? Latin(piece) with { Whole = word } : Latin(piece);
                if (Vocabulary.IsDin(piece) && first.Count > 1 && IsDinLink(first[^1].Text))
                {
                    first.RemoveAt(first.Count - 1);
                    second?.RemoveAt(second.Count - 1);
                }
                first.Add(token);
                second?.Add(token);
            }
        }
    }

    /// <summary>The words one lower-case Latin word stands for: two common words of company names written
    /// as one (Aircompany, Intertrade), a number and a legal form (850sal), the parts of an Arabic compound
    /// (<see cref="SplitArabicPrefix"/>), or itself.</summary>
    private static IEnumerable<string> Pieces(string word) =>
        Vocabulary.CompoundOfCommonWords(word) is { } at ? [word[..at], word[at..]]
        : NumberAndLegalForm(word) is { } digits ? [word[..digits], word[digits..]]
        : SplitArabicPrefix(word);

    /// <summary>Where a number written onto a legal form ends (850sal: 850 + SAL, 12ltd), or null.</summary>
    private static int? NumberAndLegalForm(string word)
    {
        var at = 0;
        while (at < word.Length && char.IsAsciiDigit(word[at])) at++;
        return at > 0 && at < word.Length && Vocabulary.ListedKind(word[at..]) == WordKind.LegalForm ? at : null;
    }

    private static void AddHebrew(string word, List<NameToken> first, List<NameToken>? second)
    {
        var letters = HebrewScript.Letters(word);
        if (letters.Length == 0) return;
        var key = HebrewScript.Normalize(letters);
        var kind = HebrewScript.IsParticle(letters) ? WordKind.Particle : WordKind.Name;
        var token = new NameToken(letters, key, HebrewScript.Skeleton(key), kind, true, -1);
        first.Add(token);
        second?.Add(token);
    }

    private static IEnumerable<string> SplitCapitals(string pinyin)
    {
        var start = 0;
        for (var i = 1; i <= pinyin.Length; i++)
        {
            if (i == pinyin.Length || char.IsUpper(pinyin[i]))
            {
                yield return pinyin[start..i];
                start = i;
            }
        }
    }

    private static IEnumerable<string> SplitAscii(string ascii)
    {
        var b = new StringBuilder();
        for (var i = 0; i < ascii.Length; i++)
        {
            var c = ascii[i];
            // A legal form that mixes cases as written (GmbH, KGaA, SpA) is one word, not two.
            if (b.Length == 0 && char.IsAsciiLetter(c) && MixedCaseLegalForm(ascii, i) is var end and > 0)
            {
                yield return ascii[i..end];
                i = end - 1;
                continue;
            }
            // A change of case inside a word is a word boundary lost (ElSheikh, AlQaeda, CAFEdu LIBAN, DAVAR SHIPPING COltd).
            if (b.Length > 0 && CaseBoundary(b, c, i + 1 < ascii.Length ? ascii[i + 1] : ' ')) { yield return b.ToString(); b.Clear(); }
            if (char.IsAsciiLetterOrDigit(c)) b.Append(c);
            else if (c is '\'' or '`' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB')
            {
                // French and Italian elision before a vowel is a word of its own (L'Unification, d'Afrique,
                // dell'Acqua); elsewhere the apostrophe is a letter's mark and dropped (Ch'oe = Choe, Sa'ad).
                if (IsElision(b) && i + 1 < ascii.Length && "aeiouhAEIOUH".Contains(ascii[i + 1])) { yield return b.ToString(); b.Clear(); }
                continue;
            }
            else if (b.Length > 0) { yield return b.ToString(); b.Clear(); }
        }
        if (b.Length > 0) yield return b.ToString();
    }

    /// <summary>The end of the run of letters from <paramref name="start"/> when it is a legal form written in mixed
    /// case (GmbH, mbH, KGaA), or 0.</summary>
    private static int MixedCaseLegalForm(string ascii, int start)
    {
        var end = start;
        while (end < ascii.Length && char.IsAsciiLetter(ascii[end])) end++;
        if (end - start is < 3 or > 5 || (start > 0 && char.IsAsciiLetterOrDigit(ascii[start - 1]))) return 0;
        // The whole word: not the start of one an apostrophe goes on with (Asa'ib is not ASA).
        if (end < ascii.Length && (char.IsAsciiDigit(ascii[end]) || ascii[end] is '\'' or '`' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB')) return 0;
        var run = ascii.AsSpan(start, end - start);
        // A capital after a small letter (GmbH, KGaA), not a capitalised word (Asa, Ltd), which reads as it is.
        var mixed = false;
        for (var k = 1; k < run.Length; k++) mixed |= char.IsAsciiLetterLower(run[k - 1]) && char.IsAsciiLetterUpper(run[k]);
        return mixed && Vocabulary.ListedKind(run.ToString().ToLowerInvariant()) == WordKind.LegalForm ? end : 0;
    }

    private static bool IsElision(StringBuilder word) =>
        word.Length == 1 && word[0] is 'l' or 'L' or 'd' or 'D' || word.Length == 4 && word.ToString().ToLowerInvariant() is "dell" or "nell" or "sull";

    /// <summary>True when <paramref name="c"/> starts a new word inside the letters so far: a capital
    /// after a small letter (El|Sheikh), or two or more small letters after two or more capitals (CAFE|du).</summary>
    private static bool CaseBoundary(StringBuilder word, char c, char next)
    {
        var last = word[^1];
        if (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(last)) return true;
        return char.IsAsciiLetterLower(c) && char.IsAsciiLetterLower(next) && word.Length >= 2
            && char.IsAsciiLetterUpper(last) && char.IsAsciiLetterUpper(word[^2]);
    }

    /// <summary>Splits the raw text into words at white space and at separators that are not
    /// apostrophes; script changes inside a word split it too (mixed-script input).</summary>
    private static List<(string Word, bool Hyphen)> SplitWords(string name)
    {
        var words = new List<(string Word, bool Hyphen)>();
        var b = new StringBuilder();
        var script = NameScript.Latin;
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            // Format characters carry no letter: a zero-width space parts words; joiners, direction marks,
            // the soft hyphen and a byte-order mark are dropped (احمدی‌نژاد keeps its ZWNJ out of the word).
            if (category == UnicodeCategory.Format && c != '\u200B') continue;
            var separator = char.IsWhiteSpace(c) || c == '\u200B' || category is UnicodeCategory.Control or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                || (category == UnicodeCategory.OtherPunctuation && c is not ('\'' or '`' or '\u05F3' or '\u05F4')); // the Hebrew geresh and gershayim are parts of words
            var s = NameScripts.Of(c);
            if (separator || (b.Length > 0 && char.IsLetter(c) && s != script && (s != NameScript.Latin || script != NameScript.Other)))
            {
                // A word hyphenated to the next (Min-seong), not a dash between words (Ali - Hassan).
                if (b.Length > 0) { words.Add((b.ToString(), category == UnicodeCategory.DashPunctuation)); b.Clear(); }
                else if (separator && words.Count > 0 && words[^1].Hyphen) words[^1] = (words[^1].Word, false);
                if (separator) continue;
            }
            if (char.IsLetter(c)) script = s;
            b.Append(c);
        }
        if (b.Length > 0) words.Add((b.ToString(), false));
        return words;
    }
}
