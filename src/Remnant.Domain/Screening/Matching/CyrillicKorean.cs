using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Korean names written in Cyrillic, as Russian documents, the Russian press and Russian-language list
/// entries write them: Ким Чен Ын (Kim Jong Un), Ким Ир Сен (Kim Il Sung), Чхве Рён Хэ (Choe Ryong Hae),
/// Пак Пон Чжу (Pak Pong Ju). Read as Latin the ordinary way they give Kim Chen Yn, which meets nothing;
/// read syllable by syllable back into Korean sounds they give the McCune-Reischauer spellings lists use.
/// <para>The Kontsevich system and the older practice it replaced are both in use, so the reading is
/// broad: е and о are both ŏ or o (Чен and Чон are 정), ы is ŭ, э is ae, and a final н is n or ng, which
/// Cyrillic does not tell apart (정 Jong and 전 Jon are both Чон): each choice gives one reading, at most
/// <see cref="MaxReadings"/>. A final р or ль is l (Ир = 일 Il).</para>
/// <para>Only names that read as Korean get a reading: a known Korean family name first or last, and
/// every other word made of Korean syllables, so Ким Владимир Петрович (a Korean surname, Russian given
/// names) gets none.</para>
/// </summary>
public static class CyrillicKorean
{
    /// <summary>At most this many readings of one name (a final н read as n or ng in up to three syllables).</summary>
    public const int MaxReadings = 8;

    // Korean family names as Russian writes them (the common ones, in both the older and the Kontsevich spellings).
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "ким", "ли", "ри", "и", "пак", "пхак", "чхве", "цой", "чой", "чве", "чон", "чен", "чжон", "чжен", "кан", "хан", "юн", "сон",
        "со", "ан", "о", "хо", "ю", "син", "шин", "квон", "кwон", "нам", "ко", "мун", "ян", "чан", "чжан", "чо", "чжо", "хон", "хён",
        "сим", "ро", "но", "ха", "чу", "чжу", "рю", "лим", "рим", "им", "пён", "чхон", "кым", "ток", "хван", "сок", "кон", "ом", "пэк",
        "пек", "бэк", "ву", "у", "тхэ", "кук", "мин", "ра", "на", "ка", "тхак", "пхё", "пхён", "мён", "рён", "чи", "тэ", "кви", "ке",
    };

    // Syllable-initial consonants, longest first: Latin as McCune-Reischauer writes it without marks.
    private static readonly (string Cyrillic, string Latin)[] Initials =
    [
        ("чж", "ch"), ("дж", "ch"), ("чх", "ch"), ("кх", "k"), ("тх", "t"), ("пх", "p"), ("кк", "kk"), ("тт", "tt"), ("пп", "pp"),
        ("сс", "ss"), ("чч", "tch"), ("ч", "ch"), ("ц", "ch"), ("ж", "ch"), ("з", "ch"), ("к", "k"), ("г", "k"), ("т", "t"),
        ("д", "t"), ("п", "p"), ("б", "p"), ("с", "s"), ("ш", "s"), ("н", "n"), ("м", "m"), ("р", "r"), ("л", "r"), ("х", "h"),
    ];

    // Vowels, longest first. е is ŏ after a consonant in the older practice (Чен, Сен); ё is yŏ or yo.
    private static readonly (string Cyrillic, string Latin)[] Vowels =
    [
        ("ый", "ui"), ("ве", "oe"), ("вэ", "wae"), ("ва", "wa"), ("во", "wo"), ("ви", "wi"), ("ой", "oe"), ("ай", "ae"),
        ("я", "ya"), ("ё", "yo"), ("ю", "yu"), ("е", "o"), ("э", "ae"), ("а", "a"), ("о", "o"), ("у", "u"), ("ы", "u"), ("и", "i"),
    ];

    // Finals; н is marked '*' for n or ng; нъ is ng before a vowel (정은 = Чонъын).
    private static readonly (string Cyrillic, string Latin)[] Finals =
    [
        ("нъ", "ng"), ("ль", "l"), ("н", "*"), ("м", "m"), ("к", "k"), ("п", "p"), ("т", "t"), ("л", "l"), ("р", "l"),
    ];

    /// <summary>The Latin readings of a Cyrillic name read as Korean, the syllables of each word as words,
    /// or an empty list when the name does not read as a Korean name.</summary>
    public static IReadOnlyList<string> Readings(string name)
    {
        var words = name.ToLowerInvariant()
            .Split([' ', '-', ',', '.', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5) return [];
        if (!Surnames.Contains(words[0]) && !Surnames.Contains(words[^1])) return [];
        var syllables = new List<string>();
        foreach (var word in words)
        {
            if (Syllables(word) is not { } parsed || parsed.Count > 3) return [];
            syllables.AddRange(parsed);
        }
        // Each syllable is a word, as the Hangul reading gives them; a final н read both ways in the first three.
        var readings = new List<string> { "" };
        var choices = 0;
        foreach (var syllable in syllables)
        {
            var either = syllable.EndsWith('*');
            var stem = either ? syllable[..^1] : syllable;
            var both = either && choices++ < 3;
            var next = new List<string>(readings.Count * 2);
            foreach (var r in readings)
            {
                next.Add(r + " " + stem + (either ? "n" : ""));
                if (both) next.Add(r + " " + stem + "ng");
            }
            readings = next;
        }
        return readings.Select(r => r.TrimStart()).Take(MaxReadings).ToList();
    }

    /// <summary>The syllables of one Cyrillic word as Latin (a final н left as '*'), or null when the word
    /// is not made of Korean syllables.</summary>
    private static List<string>? Syllables(string word)
    {
        var result = new List<string>();
        var i = 0;
        while (i < word.Length)
        {
            var b = new StringBuilder(6);
            // A consonant before a vowel starts the syllable.
            if (Match(Initials, word, i) is { } initial && Match(Vowels, word, i + initial.Cyrillic.Length) is not null)
            {
                b.Append(initial.Latin);
                i += initial.Cyrillic.Length;
            }
            if (Match(Vowels, word, i) is not { } vowel) return null;
            // е, ё and я starting a word are yŏ and ya (Ен, Ён: 영 Yong).
            b.Append(vowel.Cyrillic == "е" && b.Length == 0 ? "yo" : vowel.Latin);
            i += vowel.Cyrillic.Length;
            // A consonant before a vowel is the next syllable's initial, not this one's final (нъ is a final).
            if (Match(Finals, word, i) is { } final && !(final.Cyrillic.Length == 1 && Match(Vowels, word, i + 1) is not null))
            {
                b.Append(final.Latin);
                i += final.Cyrillic.Length;
            }
            result.Add(b.ToString());
        }
        return result;
    }

    private static (string Cyrillic, string Latin)? Match((string Cyrillic, string Latin)[] table, string word, int at)
    {
        foreach (var entry in table)
        {
            if (string.CompareOrdinal(word, at, entry.Cyrillic, 0, entry.Cyrillic.Length) == 0 && at + entry.Cyrillic.Length <= word.Length)
                return entry;
        }
        return null;
    }
}
