using System.Text.RegularExpressions;

namespace Remnant.Domain.Screening.Matching;

public static partial class NameTokenizer
{
    private static readonly string[] AbdLinks = ["ul", "el", "al", "ol", "il", "ur", "ar", "ud", "ad", "us", "as", "un", "an", "u", "e", "i", "a", "o"];
    private static readonly HashSet<string> AllahSpellings = new(StringComparer.Ordinal) { "allah", "ullah", "ollah", "llah", "lah", "la", "lla", "alla", "ulla" };
    private static readonly HashSet<string> AbdSpellings = new(StringComparer.Ordinal) { "abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abdi", "abdur", "abdus" };

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
            foreach (var link in AbdLinks)
            {
                if (rest.Length - link.Length >= 3 && rest.StartsWith(link, StringComparison.Ordinal))
                {
                    rest = rest[link.Length..];
                    break;
                }
            }
            if (AllahSpellings.Contains(rest)) rest = "allah";
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

    private static readonly string[] AllahSuffixes = ["ullah", "ollah", "allah", "ellah", "illah"];

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
}
