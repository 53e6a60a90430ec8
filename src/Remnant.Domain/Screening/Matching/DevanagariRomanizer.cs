using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Romanises Devanagari names (Hindi, Nepali, Marathi) as Indian and Nepalese passports write them:
/// राहुल शर्मा → Rahul Sharma. Each consonant carries the vowel a unless a vowel sign or the virama
/// follows it, and the a of a word's last consonant is not pronounced (schwa deletion), so शर्मा is
/// sharma and राहुल rahul. AnyAscii writes no inherent vowel at all (srma), which no list spells.
/// Long and short vowels are written alike (ā and a, ī and i), as passports write them.
/// </summary>
public static class DevanagariRomanizer
{
    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['क'] = "k", ['ख'] = "kh", ['ग'] = "g", ['घ'] = "gh", ['ङ'] = "n", ['च'] = "ch", ['छ'] = "chh", ['ज'] = "j",
        ['झ'] = "jh", ['ञ'] = "n", ['ट'] = "t", ['ठ'] = "th", ['ड'] = "d", ['ढ'] = "dh", ['ण'] = "n", ['त'] = "t",
        ['थ'] = "th", ['द'] = "d", ['ध'] = "dh", ['न'] = "n", ['प'] = "p", ['फ'] = "ph", ['ब'] = "b", ['भ'] = "bh",
        ['म'] = "m", ['य'] = "y", ['र'] = "r", ['ल'] = "l", ['ळ'] = "l", ['व'] = "v", ['श'] = "sh", ['ष'] = "sh",
        ['स'] = "s", ['ह'] = "h",
        // Letters with the nukta precomposed, for Persian and Arabic sounds (ज़ z, फ़ f).
        ['\u0958'] = "q", ['\u0959'] = "kh", ['\u095A'] = "gh", ['\u095B'] = "z", ['\u095C'] = "r", ['\u095D'] = "rh", ['\u095E'] = "f", ['\u095F'] = "y",
    };

    private static readonly Dictionary<char, string> Independent = new()
    {
        ['अ'] = "a", ['आ'] = "a", ['इ'] = "i", ['ई'] = "i", ['उ'] = "u", ['ऊ'] = "u", ['ऋ'] = "ri", ['ए'] = "e",
        ['ऐ'] = "ai", ['ओ'] = "o", ['औ'] = "au", ['ऑ'] = "o", ['ऍ'] = "e",
    };

    private static readonly Dictionary<char, string> Signs = new()
    {
        ['ा'] = "a", ['ि'] = "i", ['ी'] = "i", ['ु'] = "u", ['ू'] = "u", ['ृ'] = "ri", ['े'] = "e", ['ै'] = "ai",
        ['ो'] = "o", ['ौ'] = "au", ['ॉ'] = "o", ['ॅ'] = "e",
    };

    private const char Virama = '\u094D';
    private const char Nukta = '\u093C';

    /// <summary>True for a letter of the Devanagari block.</summary>
    public static bool IsDevanagari(char c) => c is >= '\u0900' and <= '\u097F';

    /// <summary>The Latin form of one Devanagari word, lower case; other characters pass through.</summary>
    public static string Romanize(string word)
    {
        // Syllables first: a consonant (or none), its vowel ("a" when inherent, "" under a virama), and
        // whatever follows it (a nasal, or characters of other scripts).
        var units = new List<Unit>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (Consonants.TryGetValue(c, out var consonant))
            {
                var unit = new Unit(consonant, "a", Inherent: true, AfterVirama: i > 0 && word[i - 1] == Virama);
                // A nukta after a consonant: the Persian sound of that letter (ज + ़ = z).
                if (i + 1 < word.Length && word[i + 1] == Nukta) { unit = unit with { Consonant = Nuktate(consonant) }; i++; }
                if (i + 1 < word.Length && word[i + 1] == Virama) { unit = unit with { Vowel = "", Inherent = false }; i++; }
                else if (i + 1 < word.Length && Signs.TryGetValue(word[i + 1], out var sign)) { unit = unit with { Vowel = sign, Inherent = false }; i++; }
                units.Add(unit);
            }
            else if (Independent.TryGetValue(c, out var vowel)) units.Add(new Unit("", vowel, false, false));
            else if (c is 'ं' or 'ँ' && units.Count > 0)
            {
                // Anusvara and chandrabindu: a nasal after the vowel, ng before h (सिंह Singh).
                units[^1] = units[^1] with { Inherent = false, Tail = units[^1].Tail + (i + 1 < word.Length && word[i + 1] == 'ह' ? "ng" : "n") };
            }
            else if (c == 'ः' && units.Count > 0) units[^1] = units[^1] with { Tail = units[^1].Tail + "h" };
            else if (!IsDevanagari(c)) units.Add(new Unit("", "", false, false) { Tail = c.ToString() });
        }
        // Schwa deletion, left to right: the inherent a of a consonant between a sounded vowel and a
        // consonant with its own vowel is silent (अरविंद Arvind, मनमोहन Manmohan), as is the last
        // consonant's (राहुल Rahul), but not after a conjunct, which cannot end a word (नरेन्द्र Narendra,
        // मिश्र Mishra), nor in a word's first syllable.
        for (var k = 1; k < units.Count; k++)
        {
            var u = units[k];
            if (!u.Inherent || u.AfterVirama || u.Consonant.Length == 0) continue;
            var previousSounded = units[k - 1].Vowel.Length > 0;
            if (k == units.Count - 1)
            {
                units[k] = u with { Vowel = "" };
                continue;
            }
            var next = units[k + 1];
            if (previousSounded && next.Consonant.Length > 0 && next.Vowel.Length > 0 && !next.AfterVirama && !(k + 1 == units.Count - 1 && next.Inherent))
                units[k] = u with { Vowel = "" };
        }
        var b = new StringBuilder(word.Length * 2);
        foreach (var u in units) b.Append(u.Consonant).Append(u.Vowel).Append(u.Tail);
        return b.ToString();
    }

    private readonly record struct Unit(string Consonant, string Vowel, bool Inherent, bool AfterVirama)
    {
        public string Tail { get; init; } = "";
    }

    private static string Nuktate(string consonant) => consonant switch
    {
        "j" => "z", "k" => "q", "d" or "dh" => "r", "ph" => "f", "kh" => "kh", "g" => "gh", _ => consonant,
    };
}
