using System.Text.RegularExpressions;

namespace Remnant.Domain.Screening.Matching;

public static partial class NameTokenizer
{
    // French spellings write the link as ou (Abdourahmane, Abdoulaye), Hausa and Wolof ones end Allah in -i or -e (Abdullahi).
    private static readonly string[] AbdLinks = ["ul", "el", "al", "ol", "il", "ur", "ar", "ud", "ad", "us", "as", "un", "an", "ou", "u", "e", "i", "a", "o"];
    private static readonly HashSet<string> AllahSpellings = new(StringComparer.Ordinal)
        { "allah", "ullah", "ollah", "llah", "lah", "la", "lla", "alla", "ulla" };

    /// <summary>Allah with the Hausa -i or the Wolof and Fula -aye (Abdullahi, Abdoulaye), after the links those spellings
    /// use: not Persian Abdollahi, a family name made from Abdollah.</summary>
    private static bool WestAfricanAllah(string link, string rest) =>
        link is "ul" or "u" or "ou" && rest is "lahi" or "llahi" or "laye" or "laay" or "lay";
    private static readonly HashSet<string> AbdSpellings = new(StringComparer.Ordinal)
        { "abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abdi", "abdur", "abdus", "abdou", "abdour", "abdous" };

    /// <summary>A slip of the keyboard in Abdul, Abdel, Abdur and the like, the commonest word of the lists' Arabic names:
    /// two letters after the first swapped (Adbul, Abdlu) or one letter added after it (Abdhul). Not a letter changed
    /// or left out, which make other names (Abduh, Abul), nor a letter added at the end (Abdula, a spelling of Abdullah).</summary>
    internal static bool AbdSlip(string word)
    {
        if (word.Length is < 5 or > 7 || word[0] != 'a') return false;
        foreach (var spelling in AbdSpellings)
        {
            if (spelling.Length < 5) continue;
            var slip = Edits.OneSlip(word, spelling);
            if (slip is { Kind: SlipKind.Swapped, At: > 0 } || slip.Kind == SlipKind.Added && slip.At > 0 && slip.At < spelling.Length) return true;
        }
        return false;
    }

    /// <summary>
    /// Splits the Latin spellings of the Arabic theophoric compounds so they compare word for word:
    /// Abdulrahman, Abdelrahman, Abdurrahman and Abd al-Rahman all give <c>abd</c> + <c>rahman</c>;
    /// Allah, ullah, ollah give <c>allah</c> (Abdullah = Abd Allah = عبد الله).
    /// </summary>
    private static IEnumerable<string> SplitArabicPrefix(string word)
    {
        if (AbdSpellings.Contains(word)) { yield return "abd"; yield break; }
        if (word is "ullah" or "ollah" or "llah") { yield return "allah"; yield break; }
        // The Maghrebi spelling of Abu (Bou Zaid = Abu Zaid).
        if (word is "bou") { yield return "abu"; yield break; }
        // Names compounded with al-Din are written as one word, two or three (Nuruddin, Nour Eddine,
        // Nur al-Din, Nur-ud-Din): all give the name and din, as the Arabic نور الدين writes them.
        if (Vocabulary.IsDin(word)) { yield return word; yield break; }
        foreach (var suffix in DinSuffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return word[..^suffix.Length];
                yield return "din";
                yield break;
            }
        }
        // Not a Russified surname made from such a name (Abdullaev, Abdurakhmanov): it is one word in every spelling.
        if (word.Length > 6 && word.StartsWith("abd", StringComparison.Ordinal) && !RussifiedSurname(word))
        {
            var rest = word[3..];
            var linked = "";
            foreach (var link in AbdLinks)
            {
                if (rest.Length - link.Length >= 3 && rest.StartsWith(link, StringComparison.Ordinal))
                {
                    rest = rest[link.Length..];
                    linked = link;
                    break;
                }
            }
            if (AllahSpellings.Contains(rest) || WestAfricanAllah(linked, rest)) rest = "allah";
            // Sun-letter assimilation doubles the next consonant: Abdur-rahman, Abdus-salam.
            else if (rest.Length > 3 && rest[0] == rest[1]) rest = rest[1..];
            if (rest.Length >= 3)
            {
                yield return "abd";
                yield return rest;
                yield break;
            }
        }
        // The other theophoric names are written as one word as often as two (Aminullah, Amin Ullah,
        // امين الله; Nasrallah, Hizbullah): the name and Allah, as the Arabic writes them.
        // Not a title that ends so (Ayatollah).
        foreach (var suffix in Vocabulary.ListedKind(word) is null ? AllahSuffixes : [])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return word[..^suffix.Length];
                yield return "allah";
                yield break;
            }
        }
        yield return word;
    }

    // Central Asian and Indonesian spellings drop the h or an l (Asadulla, Nurulla, Aminulah).
    private static readonly string[] AllahSuffixes = ["ullah", "ollah", "allah", "ellah", "illah", "ulla", "ulah"];

    private static bool RussifiedSurname(string word) =>
        word.EndsWith("ov", StringComparison.Ordinal) || word.EndsWith("ev", StringComparison.Ordinal)
        || word.EndsWith("ova", StringComparison.Ordinal) || word.EndsWith("eva", StringComparison.Ordinal);

    /// <summary>al-Din joined to the name before it, in Arabic, South Asian, Indonesian (Kamaludin), Bosnian
    /// (Nasredin) and Turkish (Nurettin) spellings. Longest first; the name before must keep three letters,
    /// so that surnames ending so (Baldin, Baudin) stay whole.</summary>
    private static readonly string[] DinSuffixes =
        ["eddine", "uddeen", "eddeen", "aldeen", "eldeen", "addine", "eldine", "eddin", "eldin", "uddin", "addin", "aldin", "iddin", "oddin", "edine", "ettin", "attin", "ittin", "udeen", "udin", "edin"];

    /// <summary>The link of a name and din written as a word of its own (Salah ud Din, Nur ed Din).</summary>
    private static bool IsDinLink(string word) => word is "ud" or "ad" or "ed" or "od" or "id";

    /// <summary>A name, the link joined to it and din after a hyphen (Bashirud-Din, Nasired-Deen): written
    /// as one word (Bashiruddin), which gives the name and din.</summary>
    [GeneratedRegex(@"\b(\p{L}{3,}(?:ud|ad|ed))-(d(?:in|een|ine))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkedDin();

    private static string JoinLinkedDin(string name) =>
        name.Contains('-', StringComparison.Ordinal) ? LinkedDin().Replace(name, JoinedLikeTheName) : name;

    // din takes the case of the name's last letter, so that the case-change split does not part them again.
    private static string JoinedLikeTheName(Match m) => m.Groups[1].Value
        + (char.IsUpper(m.Groups[1].Value[^1]) ? m.Groups[2].Value.ToUpperInvariant() : m.Groups[2].Value.ToLowerInvariant());

    /// <summary>An Arabic-script word as tokens kept in their script with a consonant skeleton: written-on
    /// prepositions, Abd, Abu al- and al-Din parted as Latin spellings part them.</summary>
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
}
