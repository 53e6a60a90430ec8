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

    /// <summary>The words of one form, with the kinds only the words around them tell.</summary>
    private static NameToken[] Finished(List<NameToken> tokens)
    {
        LeadingHonorific(tokens);
        ArabicPrepositions(tokens);
        SonOf(tokens);
        JoinedInitials(tokens);
        InsideBodyName(tokens);
        return [.. tokens];
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

    /// <summary>"Son of" and "daughter of" before a name are bin and bint as lists write them in English
    /// (Abdul Haq son of Anwar Khan): particles, not name words.</summary>
    private static void SonOf(List<NameToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
            if (tokens[i].Text is "son" or "daughter" && tokens[i + 1].Text == "of" && !tokens[i].Abjad)
                tokens[i] = tokens[i] with { Kind = WordKind.Particle };
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

    private static bool IsBodyName(List<NameToken> tokens) =>
        tokens.Any(t => t.Kind is WordKind.Generic || t.Kind == WordKind.LegalForm && t.Text is not ("of" or "and" or "va" or "the"));

    /// <summary>In a body's name (one with a legal-form or generic word), "in" between two words links them,
    /// as "of" does (MUJAHIDIN SHURA COUNCIL IN THE ENVIRONS OF JERUSALEM, ISLAMIC STATE IN IRAQ). Elsewhere
    /// In is a Korean name syllable (Kim In Ho).</summary>
    private static void InsideBodyName(List<NameToken> tokens)
    {
        if (!IsBodyName(tokens)) return;
        for (var i = 1; i + 1 < tokens.Count; i++)
            if (tokens[i].Text == "in" && !tokens[i].Abjad) tokens[i] = tokens[i] with { Kind = WordKind.LegalForm };
    }

    /// <summary>Hajj (the pilgrim) before a name is an honorific (Hajj Qasim, El Hadj Omar); after one it
    /// is a family name (Ali El Hajj), so it is a title only when it leads a name of more words.</summary>
    private static void LeadingHonorific(List<NameToken> tokens)
    {
        var at = tokens.FindIndex(t => t.Kind != WordKind.Particle);
        if (at < 0 || at + 1 >= tokens.Count || tokens[at].Kind != WordKind.Name || tokens[at].Text is not ("hajj" or "haj" or "hadj" or "hag" or "elhadj" or "alhaj" or "alhajj" or "حاج" or "الحاج" or "حاجي")) return;
        if (tokens.Skip(at + 1).Any(t => t.Kind == WordKind.Name)) tokens[at] = tokens[at] with { Kind = WordKind.Title };
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
            // Muhammad as Malaysian and Bangladeshi names abbreviate it, and Burmese Maung.
            "md" or "mohd" or "muhd" => "muhammad", "mg" => "maung",
            _ => text,
        };
        var kind = Vocabulary.KindOf(text);
        var key = LatinKeys.Phonetic(text);
        return new NameToken(text, key, LatinKeys.Skeleton(text), kind, false, Vocabulary.Group(text, key));
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

    private static void AddArabic(string word, List<NameToken> first, List<NameToken>? second)
    {
        var normalized = ArabicScript.Normalize(word);
        if (normalized.Length == 0) return;
        // The conjunction و and the preposition لـ written onto the article: والشام = و + الشام, للصرافة = ل + الصرافة.
        if (normalized.Length > 4 && normalized.StartsWith("وال", StringComparison.Ordinal)) normalized = normalized[1..];
        else if (normalized.Length > 3 && normalized.StartsWith("لل", StringComparison.Ordinal)) normalized = "ا" + normalized[1..];
        // The prepositions لـ and بـ written onto a word of organisation names: لأهل = for the people of, ببلاد = in the lands of.
        if (normalized.Length > 3 && normalized[0] is 'ل' or 'ب' && Translations.Of(normalized) < 0 && Translations.Of(normalized[1..]) >= 0)
        {
            AddArabic(normalized[..1], first, second);
            normalized = normalized[1..];
        }
        // عبدالخالق is written as one word as often as two: split it like Abdulkhaliq → abd + khaliq.
        if (normalized.Length > 4 && normalized.StartsWith("عبد", StringComparison.Ordinal))
        {
            AddArabic("عبد", first, second);
            normalized = normalized[3..];
        }
        // ابواليزيد is Abu al-Yazid written as one word, as Latin lists write Abou El Yazid in two.
        if (normalized.Length > 6 && normalized.StartsWith("ابوال", StringComparison.Ordinal))
        {
            AddArabic("ابو", first, second);
            normalized = normalized[3..];
        }
        // نورالدين is written as one word as often as two: the name and الدين, as Nuruddin gives nur + din.
        if (normalized.Length >= 7 && normalized.EndsWith("الدين", StringComparison.Ordinal))
        {
            AddArabic(normalized[..^5], first, second);
            normalized = "الدين";
        }
        var skeleton = ArabicScript.Skeleton(normalized);
        var key = ArabicScript.HasArticle(normalized) ? normalized[2..] : normalized;
        var kind = normalized is "بن" or "ابن" or "بنت" or "ال" or "ولد" or "في" or "و" or "من" or "على" or "الي" or "عن" or "ل" or "ب" ? WordKind.Particle
            : ArabicTitles.Contains(normalized) ? WordKind.Title
            : Translations.KindOf(key) ?? WordKind.Name;
        var token = new NameToken(normalized, key, skeleton, kind, true, Translations.Of(key));
        first.Add(token);
        second?.Add(token);
    }

    // Titles as Arabic, Persian and Pashto names write them (Sheikh, Mullah, Mawlawi, Qari, Mufti, Doctor, and
    // Jr.); Hajji before a name is LeadingHonorific's.
    private static readonly HashSet<string> ArabicTitles = new(StringComparer.Ordinal)
    {
        "شيخ", "الشيخ", "ملا", "الملا", "مولوي", "مولانا", "قاري", "مفتي", "دكتور", "الدكتور",
        // The son, after the name: Jr. (فلسيانو ... الإبن = Feliciano ... Jr.).
        "الابن",
    };

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

    /// <summary>"LAST, First Middle" (OFAC, most lists) as "First Middle LAST", so that a word's place
    /// says whether it is a middle name; comparison itself does not depend on order.</summary>
    private static string NaturalOrder(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0) return name;
        var last = name[..comma];
        var first = name[(comma + 1)..];
        return first.Any(char.IsLetter) && last.Any(char.IsLetter) && !LegalFormAfterComma(last, first) ? first + " " + last : name;
    }

    /// <summary>A body's name with its legal form after a comma (CITY PLAZA, S.A. DE C.V.; J &amp; E, S. DE R.L.;
    /// MORUMBI, A.C.; ACME, LTD): not "LAST, First". Letters alone after the comma are a person's initials
    /// (SMITH, A.G.) unless the name before is a body's.</summary>
    private static bool LegalFormAfterComma(string before, string after)
    {
        var words = LowerWords(after);
        if (words.Count == 0 || !words.All(w => w.Length == 1 || Vocabulary.ListedKind(w) == WordKind.LegalForm || w is "de" or "en" or "y")) return false;
        // General is also a rank (NKUNDA, General).
        return words.Any(w => w.Length > 1 && w != "general" && Vocabulary.ListedKind(w) == WordKind.LegalForm || w is "de" or "en" or "y")
            || LowerWords(before).Any(w => w.Length > 1 && Vocabulary.ListedKind(w) is WordKind.LegalForm or WordKind.Generic);

        static List<string> LowerWords(string text) =>
            [.. text.Split((char[])[' ', '.', '-', '&', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).ToLowerInvariant())];
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
