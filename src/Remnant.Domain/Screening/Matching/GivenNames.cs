namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// One given name in the languages that write it differently: the Russian, Ukrainian and
/// Belarusian forms of one name (Aleksandr, Oleksandr, Aliaksandr), and the western form lists also
/// give (Alexander). Lists romanise a person's name from whichever official document they saw, so a
/// Belarusian listed as Uladzimir is Vladimir elsewhere. Spelling variants within one language are
/// left to <see cref="LatinKeys.Phonetic"/>; this table holds what spelling rules cannot reach.
/// General knowledge of names, not taken from any list.
/// </summary>
public static class GivenNames
{
    private static readonly string[][] Groups =
    [
        ["aleksandr", "alexander", "alexandr", "oleksandr", "olexandr", "aliaksandr", "alyaksandr", "aleksander", "aleksandar", "alexandre", "alexandros"],
        ["aleksei", "alexei", "alexey", "aleksey", "oleksii", "oleksiy", "oleksij", "aliaksei", "alyaksei", "alexis"],
        ["anatoly", "anatoliy", "anatolii", "anatoli", "anatol", "anatolij"],
        ["andrei", "andrey", "andrii", "andriy", "andrij", "andrej", "andrew", "andrzej", "andrius", "andrejs"],
        ["arkady", "arkadiy", "arkadii", "arkadz", "arkadi", "arkadij"],
        ["artem", "artyom", "artiom", "artsiom"],
        ["boris", "barys"],
        ["dmitry", "dmitriy", "dmitrii", "dmitri", "dmytro", "dzmitry", "dzmitryi", "dmitrij", "dimitrios", "dimitris", "dimitri", "dimitar"],
        ["evgeny", "yevgeny", "evgeniy", "yevgeniy", "evgenii", "yevgenii", "yevhen", "yevhenii", "yauhen", "eugene", "jewgeni"],
        ["fedor", "fyodor", "fedir", "fiodar", "fiodor"],
        ["gennady", "gennadiy", "gennadii", "gennadi", "genadi", "hennadiy", "hennadii", "henadz", "henadzi"],
        ["georgy", "georgiy", "georgii", "heorhiy", "heorhii", "george", "georgi", "jiri", "georgios", "giorgos", "giorgi"],
        ["grigory", "grigoriy", "grigorii", "hryhoriy", "hryhorii", "ryhor", "gregory", "grigori"],
        ["igor", "ihor", "ihar"],
        ["ilya", "illia", "illya", "ilia", "ilja"],
        ["kirill", "kyrylo", "kiryl", "kirilo"],
        ["konstantin", "kostiantyn", "kostyantyn", "kanstantsin", "constantin", "constantine", "konstantinos"],
        ["leonid", "leanid"],
        ["maksim", "maxim", "maksym", "maxym", "maksimas"],
        ["mikhail", "mykhailo", "mikhailo", "mikhal", "michael", "mikhael", "michail", "mikhaylo", "mike", "mikey", "michalis", "mihail", "mihai", "michal"],
        ["nikita", "mikita", "mykyta"],
        ["nikolai", "nikolay", "mykola", "mikalai", "nicholas", "nikolaos", "nikolas", "nicolas", "nicolae", "nikos", "mikola"],
        ["oleg", "oleh", "aleh"],
        ["pavel", "pavlo", "paval", "paul", "pawel"],
        ["petr", "pyotr", "petro", "piotr", "peter", "pyatro", "piotra", "petros"],
        ["sergei", "sergey", "serhiy", "serhii", "siarhei", "sergiy", "sergii", "serguei", "sergiu", "serge", "siarhiej"],
        ["stanislav", "stanislau", "stanislaw"],
        ["stepan", "stsiapan", "stefan"],
        ["timofei", "timofey", "tsimafei", "tymofiy"],
        ["vadim", "vadym", "vadzim"],
        ["valery", "valeriy", "valerii", "valeri", "valeryi", "valeryy"],
        ["vasily", "vasiliy", "vasilii", "vasili", "vasyl", "vasil", "vasilij"],
        ["viktor", "victor", "viktar"],
        ["vitaly", "vitaliy", "vitalii", "vitali", "vital", "vitalij"],
        ["vladimir", "volodymyr", "uladzimir", "wladimir", "vladimer", "volodimir", "uladzimer"],
        ["vladislav", "vladyslav", "uladzislau", "vladislaw"],
        ["vyacheslav", "viacheslav", "vyachaslau", "viachaslau", "wiaczeslaw"],
        ["yakov", "yakiv", "yakau", "iakov", "yaakov", "jacob", "jakob", "jakub"],
        ["yaroslav", "jaroslav", "yaraslau", "jaroslaw"],
        ["yury", "yuri", "yuriy", "yurii", "iurii", "jurij", "juri", "yurij", "jury"],
        ["elena", "yelena", "olena", "alena", "helena", "jelena", "alyona"],
        ["irina", "iryna", "irene", "eirini"],
        ["lyudmila", "ludmila", "liudmyla", "ludmyla", "liudmila", "lyudmyla"],
        ["maria", "mariya", "mariia", "marya", "marie"],
        ["marina", "maryna"],
        ["anna", "anne", "ann", "hanna", "ganna"],
        ["natalia", "natalya", "nataliya", "natallia", "natalja"],
        ["olga", "olha", "volha"],
        ["svetlana", "sviatlana", "svitlana", "swetlana"],
        ["tatiana", "tatyana", "tetiana", "tetyana", "tatsiana", "tatjana"],
        ["valentina", "valentyna", "valiantsina"],
        // Arabic given names in their Caucasian, Central Asian and Turkish forms (Magomed and Mehmet for
        // Muhammad, Gusein for Husayn), which no spelling rule reaches. Not Gasan for Hasan: its sound key
        // is Ghassan's, another name.
        ["muhammad", "mohammed", "mohammad", "muhammed", "mohamed", "magomed", "magomet", "mehmet", "mehmed", "mahomed", "mukhammad", "mukhammed", "mohmad", "mohmed", "muhmad"],
        ["husayn", "hussein", "husein", "huseyin", "gusein", "guseyn", "huseyn", "hosein", "hossein"],
        // Dawud, whose w is a consonant in some spellings and the vowel u in others (Dawood, Daoud, Daud).
        ["dawud", "dawood", "daud", "daoud", "davud", "davood", "davut", "dauda"],
        // Spanish and English everyday forms lists give as aliases (Nacho for Ignacio, Bill for William).
        ["ignacio", "nacho"], ["jose", "pepe"], ["francisco", "paco", "pancho"], ["jesus", "chuy"], ["eduardo", "lalo"],
        ["guillermo", "memo"], ["alfonso", "poncho"], ["enrique", "kike"], ["manuel", "manolo"], ["rosario", "chayo"],
        ["patricia", "patty", "paty"], ["guadalupe", "lupe", "lupita"], ["gustavo", "tavo"], ["dolores", "lola"],
        ["concepcion", "concha", "conchita"], ["mercedes", "meche"], ["rodolfo", "fito"], ["adolfo", "fito"],
        ["william", "bill", "billy", "willy"], ["robert", "bobby", "robbie"], ["richard", "rick", "ricky", "dick"],
        ["james", "jimmy", "jamie"], ["john", "jon", "jack", "johnny"], ["joseph", "joey"], ["thomas", "tommy"],
        ["charles", "charlie", "chuck"], ["edward", "eddie", "teddy"], ["anthony", "tony"], ["daniel", "danny"],
        ["elizabeth", "liz", "beth", "betty"], ["margaret", "maggie", "peggy"], ["katherine", "catherine", "kate", "kathy", "ekaterina", "yekaterina", "kateryna", "katsiaryna", "katerina"],
    ];

    private static readonly Dictionary<string, int> ByKey = Build();

    private static readonly HashSet<string> Spellings = new(Groups.SelectMany(g => g), StringComparer.Ordinal);

    /// <summary>True for a lower-case spelling the table writes as it is.</summary>
    public static bool IsSpelling(string word) => Spellings.Contains(word);

    /// <summary>The group of a lower-case Latin given name, looked up by its phonetic key (so that
    /// spellings of one form meet), or -1.</summary>
    public static int Of(string key) => ByKey.TryGetValue(key, out var g) ? g : -1;

    /// <summary>The group a patronymic is formed from (Vitaliyovych, Vitalievich and Vitaljewitsch all
    /// from Vitaly; Yureuna and Yurievna from Yury), or -1.</summary>
    public static int OfPatronymic(string word)
    {
        var stem = PatronymicStem(word);
        return stem is null ? -1 : Of(LatinKeys.Phonetic(stem));
    }

    /// <summary>The father's name inside a Russian, Ukrainian or Belarusian patronymic, its final
    /// i or y dropped (Vitaliyovych → vital), or null when the word has no patronymic ending.</summary>
    public static string? PatronymicStem(string word)
    {
        foreach (var suffix in PatronymicEndings)
        {
            if (word.Length - suffix.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            return Trim(word[..^suffix.Length]);
        }
        return null;
    }

    // Longest first: Ukrainian -yovych, -ovych; Russian -ovich, -evich; Belarusian -avich, -auna, -euna.
    private static readonly string[] PatronymicEndings =
    [
        "iyovych", "yovych", "ijovych", "iyivna", "yivna", "ievich", "yevich", "jewitsch", "ovych", "evych", "ovich", "evich", "avich",
        "ievna", "yevna", "jewna", "ovna", "evna", "ivna", "auna", "euna", "ewna",
    ];

    private static string Trim(string stem)
    {
        while (stem.Length > 3 && stem[^1] is 'i' or 'y' or 'j') stem = stem[..^1];
        return stem;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var spelling in Groups[g])
            {
                map.TryAdd(LatinKeys.Phonetic(spelling), g);
                // The stem a patronymic keeps of the name (Vitaliy → vital, Arkadz → arkadz).
                map.TryAdd(LatinKeys.Phonetic(Trim(spelling)), g);
            }
        }
        return map;
    }
}
