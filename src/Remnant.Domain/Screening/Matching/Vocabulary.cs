namespace Remnant.Domain.Screening.Matching;

/// <summary>What a name word is, which sets how much it can count towards a match.</summary>
public enum WordKind
{
    /// <summary>An ordinary name word: weighted by its rarity.</summary>
    Name,
    /// <summary>A legal form or generic business word (Co., Ltd, LLC, JSC, OOO, Corporation, Trading...).</summary>
    LegalForm,
    /// <summary>An honorific or rank (Dr, Haji, Mullah, Sheikh, General...).</summary>
    Title,
    /// <summary>A name particle (al-, el-, bin, ibn, van, von, de...).</summary>
    Particle,
    /// <summary>An everyday word common in company names worldwide (Golden, Star, Construction,
    /// Shipping...): it can match, but weighs less than its rarity on the lists suggests, because the
    /// lists are not the world.</summary>
    Generic,
}

/// <summary>
/// The general word lists of the matcher. They hold kinds of words (legal forms, titles, particles)
/// and the spellings of the most common Korean surnames, never names taken from a sanctions list.
/// </summary>
public static class Vocabulary
{
    // Russian and Ukrainian legal-form words as lists transliterate them (OOO written out: obshchestvo s
    // ogranichennoy otvetstvennostyu; AO, ZAO, OAO, PAO: aktsionernoe, zakrytoe, otkrytoe, publichnoe; TOV:
    // tovarystvo z obmezhenoyu vidpovidalnistyu; kommercheski bank). Lists spell them many ways, so the long
    // ones are also met with one slip (LegalFormSlip).
    private static readonly string[] TransliteratedLegalForms =
    [
        "obshchestvo", "ogranichennoy", "ogranichennoi", "otvetstvennostyu", "otvetstvennostiu", "aktsionernoe", "aktsionernoye",
        "aktsionerny", "aktsionernyy", "zakrytoe", "zakrytoye", "otkrytoe", "otkrytoye", "publichnoe", "publichnoye",
        "kommercheski", "kommercheskiy", "kommercheskii", "kommerchesky", "tovarystvo", "obmezhenoyu", "vidpovidalnistyu",
    ];

    private static readonly HashSet<string> LegalForms = new(TransliteratedLegalForms, StringComparer.Ordinal)
    {
        "co", "company", "companies", "corp", "corporation", "cooperation", "ltd", "limited", "llc", "llp", "lp", "plc", "inc", "incorporated",
        "gmbh", "mbh", "ggmbh", "kgaa", "ohg", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "zao", "oao",
        "pao", "tov", "fze", "fzco", "fzc", "fzllc", "dmcc", "pte", "pvt", "pty", "bhd", "sdn", "kk", "kg", "ltda", "cia", "cv",
        "trading", "trade", "group", "holding", "holdings", "international", "intl", "industrial", "industries", "industry",
        "enterprise", "enterprises", "general", "import", "export", "imports", "exports", "the", "and", "of", "for", "establishment",
        "est", "firm", "agency", "services", "service", "organization", "organisation", "association", "foundation", "society",
        "branch", "office", "bureau", "department", "committee", "center", "centre", "institute", "institution", "ministry", "joint", "stock", "liability", "responsibility", "sole", "proprietorship", "ao", "pao", "chp", "tov", "dooel", "doo", "ood", "eood",
        "venture", "partnership", "business", "commercial", "development", "management", "sociedad", "anonima", "compania",
        "societe", "anonyme",
        // Legal forms in more languages and their spelled-out parts: Pvt Ltd, Pty, Sirketi, S.A. de C.V., AO AKB.
        "private", "public", "proprietary", "pvt", "sirketi", "anonim", "ticaret", "sanayi", "limitada", "sociedade", "empresa",
        // Persian: sherkat-e sahami-ye khass (private joint-stock company), sahami-ye am (public).
        "sahami", "sahamie", "khass", "khas",
        // Joint-stock banks (JSB, OJSB), Bulgarian AD and EAD, Iranian PJS.
        "jsb", "ojsb", "cjsb", "pjs", "ad", "ead",
        // Open and closed joint-stock companies (OAO, ZAO) written out; German trading and and; Lebanese
        // S.A.L., and Brothers/Sons.
        "open", "closed", "handels", "handelsgesellschaft", "und", "sal", "brothers", "sons",
        // Persian va (and), which joins a company's words as and does (Iran va Shargh).
        "va",
        "unitary", "akb", "pjsc", "ojsc", "fz", "llc",
        "spr", "rl", "sapi", "saa", "sac", "eirl", "sro", "zrt", "kft", "asa", "aps",
        // Football and sports clubs' forms (FC Akhmat Grozny, FK Partizan).
        "fc", "fk", "pfc", "pfk",
    };

    // Cities and regions that companies put in their names as a place, not a name (Dandong Xianghe
    // Trading, Leader (Hong Kong) International): they weigh as generic words.
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "hongkong", "shanghai", "beijing", "dandong", "shenzhen", "guangzhou", "tianjin", "dalian", "qingdao",
        "macau", "macao", "taipei", "singapore", "dubai", "sharjah", "ajman", "dhabi", "tehran", "teheran", "isfahan",
        "mashhad", "tabriz", "shiraz", "pyongyang", "nampo", "moscow", "moskva", "petersburg", "minsk", "kyiv", "kiev", "damascus",
        "aleppo", "beirut", "baghdad", "istanbul", "ankara", "kuala", "lumpur", "bangkok", "hanoi", "vladivostok", "nakhodka",
        "crimea", "crimean", "sevastopol", "yalta", "kerch", "caracas", "panama", "cyprus", "limassol", "larnaca", "malta",
        "seychelles", "liberia", "belize", "bze", "uae", "emirates", "asia", "europe", "africa", "middle",
        "sino", "euro", "eurasia",
    };

    // Everyday English words of company names: colours, qualities, places of the compass, sectors.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "golden", "gold", "silver", "star", "stars", "sun", "sunrise", "moon", "royal", "green", "blue", "red", "white", "black",
        "new", "great", "grand", "first", "prime", "best", "top", "super", "bright", "smart", "modern", "future", "unity", "united",
        "union", "global", "world", "universal", "national", "eastern", "east", "western", "west", "northern", "north", "southern",
        "south", "central", "pacific", "atlantic", "ocean", "sea", "river", "mountain", "valley", "lake", "island", "city", "land",
        "victory", "liberty", "harmony", "peace", "hope", "alpha", "delta", "omega", "nova", "apex", "summit", "pioneer", "eagle",
        "falcon", "lion", "tiger", "dragon", "phoenix", "pearl", "jade", "diamond", "crystal", "lotus", "rose", "crescent",
        "horizon", "orient", "oriental", "atlas", "meridian", "zenith", "polar", "coral", "emerald", "sapphire", "evergreen",
        "alpine", "express", "construction", "building", "shipping", "ship", "marine", "maritime", "navigation", "logistics",
        "transport", "transportation", "freight", "cargo", "airlines", "airline", "aviation", "air", "electronics", "electronic",
        "electric", "electrical", "technology", "technologies", "tech", "engineering", "machinery", "machine", "equipment",
        "metals", "metal", "steel", "mining", "minerals", "petroleum", "oil", "gas", "energy", "power", "chemical", "chemicals",
        "pharmaceutical", "pharma", "medical", "health", "food", "foods", "agricultural", "agro", "textile", "textiles", "software",
        "systems", "solutions", "investment", "investments", "finance", "financial", "capital", "money", "exchange", "bank",
        "insurance", "real", "estate", "property", "properties", "consulting", "consultancy", "supply", "supplies", "products",
        "manufacturing", "factory", "works", "import", "trade", "commerce", "economic", "economy", "tourism", "travel", "hotel", "media",
        "communications", "telecom", "network", "security", "defense", "defence", "research", "science", "scientific",
        // Words of armed groups' and state bodies' names.
        "corps", "army", "front", "brigade", "brigades", "battalion", "movement", "party", "council", "forces", "force", "regiment",
        "complex", "plant", "club", "inter",
        // Words of charities' names, and of research-and-production bodies' (NPO, NPK).
        "charitable", "charity", "charities", "relief", "welfare", "humanitarian", "benevolent", "production", "mobile",
        "resort", "spa", "sanatorium", "metallurgy", "metallurgical", "shipyard", "shipyards", "shipbuilding",
        // Words of Russian bodies' names in English: a concern (Kalashnikov Concern), a directorate (Main Intelligence Directorate).
        "concern", "directorate", "federal", "main", "intelligence",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "haji", "hajji", "hadji", "alhaji", "mullah", "mulla", "maulavi",
        "mawlawi", "maulvi", "maulana", "mawlana", "sheikh", "shaykh", "sheik", "shaikh", "qari", "mufti", "imam",
        "general", "gen", "colonel", "col", "lt", "lieutenant", "captain", "capt", "major", "admiral", "brigadier", "commander",
        "eng", "engineer", "sir", "hon", "maj", "brig", "sgt", "sergeant", "cpt", "adm", "cmdr", "lieut",
        // Clerical and military ranks that lists write before a name or leave out: Akhund, Ustad, Ayatollah,
        // Hojatoleslam, Sardar and the Iranian ranks. Not Seyyed or Sayed: an honorific of descent, but also a
        // family name (Ali Salem El Sayed), and a name part Iranian lists keep in every alias.
        "akhund", "akhoond", "ustad", "ustadh",
        "ustaz", "ayatollah", "hojatoleslam", "hojjatoleslam", "sardar", "sartip", "sarlashkar", "sarhang",
        // A generation after the name (Jr., Snr.): lists give it in one alias and not the next.
        "jr", "jnr", "snr",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "binti", "bte", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le",
        "del", "dos", "das", "y", "e", "ould",
        // The Arabic article as Urdu and Persian spellings write it before a sun letter (Jamaat-ud-Dawah,
        // Fazl-ur-Rahman, Ahl-ush-Sunnah). Not un or us, which are name words (Kim Jong Un) and a country.
        "ud", "ur", "uz", "ush",
    };

    // Spellings of one Korean surname across romanisations and conventions (이 = Lee/Yi/Ri/Rhee), with
    // the Chinese spellings of the same character (張 Jang = Zhang = Cheung, 林 Lim = Lin = Lam).
    private static readonly string[][] KoreanSurnames =
    [
        ["kim", "gim"], ["lee", "yi", "ri", "rhee", "li", "i", "rhie", "rie", "yee"], ["park", "pak", "bak", "bahk"],
        ["choi", "choe", "chwe", "choy"], ["jung", "jeong", "chong", "cheong", "joung"], ["kang", "gang"],
        ["cho", "jo", "joh", "zo"], ["yoon", "yun"], ["jang", "chang", "zhang", "cheung", "cheong"], ["lim", "im", "rim", "lym", "lin", "lam"], ["oh", "o", "wu", "ng"],
        ["seo", "so", "suh", "soh", "xu", "hsu", "tsui"], ["shin", "sin", "shinn"], ["kwon", "gwon"], ["ahn", "an"], ["ryu", "yoo", "yu", "lyu", "ryoo", "liu", "lau"],
        ["jeon", "chon", "chun", "jun"], ["moon", "mun"], ["yang", "ryang", "yeung"], ["bae", "pae"], ["baek", "paek", "paik", "baik"],
        ["heo", "ho", "hur", "huh"], ["noh", "no", "ro", "roh"], ["shim", "sim"], ["hyun", "hyon", "hyeon"], ["ko", "go", "koh"],
        // Chinese surnames in pinyin, Wade-Giles and Cantonese (Hong Kong) spellings, where the Korean
        // reading of the same character is not already a group (陳 Chen/Chan, 梁 Liang/Leung, 郭 Guo/Kwok/Kwak).
        ["chen", "chan"], ["liang", "leung"], ["guo", "kuo", "kwok", "kwak"], ["xie", "hsieh", "tse"],
        ["zeng", "tseng", "tsang"], ["ye", "yeh", "yip"], ["feng", "fung"], ["mai", "mak"], ["situ", "szeto"],
        ["ryom", "yeom", "yom"], ["ri", "ree"], ["kye", "gye"], ["ju", "chu", "joo", "zhou", "chou", "chow"], ["kil", "gil"], ["pyon", "byeon", "byun"],
    ];

    private static readonly Dictionary<string, int> SurnameGroup = BuildGroups();

    /// <summary>The kind of a lower-case Latin word.</summary>
    public static WordKind KindOf(string word) =>
        ListedKind(word) ?? Translations.KindOf(word) ?? (LegalFormSlip(word) ? WordKind.LegalForm : WordKind.Name);

    /// <summary>Legal-form words this long are told from names even with a letter wrong, missing or added.</summary>
    private const int SlipLength = 9;

    // The long transliterated legal-form words (Obshchestvo, Obschestvo, Obshcestvo) and each of them with one
    // letter left out: a word one edit away from one meets it by one of its own deletions or as it is. Not the
    // English and Romance forms: their cognates one letter away (Corporacion, Comercial, Industrias) are words
    // of names that lists keep apart (CORPORACION CIMEX S.A. and CIMEX are two listed companies).
    private static readonly HashSet<string> LegalFormDeletions = TransliteratedLegalForms.Where(f => f.Length >= SlipLength)
        .SelectMany(f => Enumerable.Range(0, f.Length).Select(i => f.Remove(i, 1)).Prepend(f)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when a word of nine letters or more is a long Russian or Ukrainian legal-form word with
    /// one slip (Obshcestvo, Obschestvo for Obshchestvo).</summary>
    private static bool LegalFormSlip(string word)
    {
        if (word.Length < SlipLength || !word.All(char.IsAsciiLetterLower)) return false;
        if (LegalFormDeletions.Contains(word)) return true;
        for (var i = 0; i < word.Length; i++)
            if (LegalFormDeletions.Contains(word.Remove(i, 1))) return true;
        return false;
    }

    /// <summary>The kind the word lists here give a lower-case Latin word, or null for an ordinary name word.</summary>
    public static WordKind? ListedKind(string word) =>
        word.Length == 1 && !char.IsAsciiDigit(word[0]) ? WordKind.Particle // an initial: V/O, J. Smith
        : LegalForms.Contains(word) ? WordKind.LegalForm
        : Titles.Contains(word) ? WordKind.Title
        : Particles.Contains(word) ? WordKind.Particle
        : GenericWords.Contains(word) || Places.Contains(word) ? WordKind.Generic
        : null;

    /// <summary>Where a word not on the lists here splits into two legal-form or generic words of three
    /// letters or more (aircompany = air + company), or null. Words longer than any two such words are not tried.</summary>
    public static int? CompoundOfCommonWords(string word)
    {
        if (word.Length is < 7 or > 32 || ListedKind(word) is not null) return null;
        for (var at = 3; at <= word.Length - 3; at++)
        {
            if (Common(word.AsSpan(0, at)) && Common(word.AsSpan(at))) return at;
        }
        return null;

        static bool Common(ReadOnlySpan<char> part) =>
            (LegalFormsBySpan.Contains(part) || GenericWordsBySpan.Contains(part)) && !(part is "the" or "and" or "for");
    }

    // Span lookups, so that trying each split point of a word allocates nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalFormsBySpan = LegalForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericWordsBySpan = GenericWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int GivenNameGroups = 1000, PatronymicGroups = 2000;

    /// <summary>al-Din written as a word of its own, with its article or without (Eddine, Uddin, Deen).</summary>
    private static readonly HashSet<string> DinSpellings = new(StringComparer.Ordinal)
    {
        "din", "deen", "dine", "eddine", "eddin", "eddeen", "uddin", "uddeen", "addin", "addine", "aldin", "aldeen", "iddin", "oddin",
        "eldin", "eldeen", "eldine",
    };

    /// <summary>True for a spelling of al-Din as a word of its own (Din, Eddine, Uddin, Deen).</summary>
    public static bool IsDin(string word) => DinSpellings.Contains(word);

    /// <summary>A legal-form word that only connects others (of, and, the; Persian va): it does not make a name a body's.</summary>
    public static bool IsConnector(string word) => word is "of" or "and" or "va" or "the";

    /// <summary>The group of the spellings of al-Din written as a word of its own (Din, Eddine, Uddin): one
    /// name word, kept as written so that a slip in it is still a slip.</summary>
    private const int DinGroup = PatronymicGroups - 1;

    /// <summary>The group of spellings a lower-case Latin word (with its phonetic <paramref name="key"/>)
    /// belongs to, or -1: one Korean surname (Lee, Yi and Ri), one given name across languages
    /// (Sergey, Serhiy, Siarhei: <see cref="GivenNames"/>) or the patronymics formed from it.</summary>
    public static int Group(string word, string key)
    {
        if (SurnameGroup.TryGetValue(word, out var g)) return g;
        if (IsDin(word)) return DinGroup;
        var translated = Translations.Of(word);
        if (translated >= 0) return translated;
        // Short words meet a given name only as the table writes them (Jon, Ann), not by their sound key.
        if (word.Length < 4 && !GivenNames.IsSpelling(word)) return -1;
        var given = GivenNames.Of(key);
        if (given >= 0) return GivenNameGroups + given;
        var father = GivenNames.OfPatronymic(word);
        return father >= 0 ? PatronymicGroups + father : -1;
    }

    /// <summary>True for a group of one given name's forms or of the patronymics made from it (not al-Din,
    /// which is part of a name rather than a name).</summary>
    public static bool IsGivenNameGroup(int group) => group is >= GivenNameGroups and < PatronymicGroups + 1000 && group != DinGroup;

    /// <summary>True for a spelling of Sayyid (Seyed, Syed), a name of descent that precedes the given name.
    /// Not Sayed or Sayid, which are also spellings of the given name Said.</summary>
    public static bool IsSayyid(string word) => word is "sayyid" or "sayyed" or "seyyed" or "seyed" or "seyyid" or "syed" or "saiyid";

    /// <summary>True for a word that leads a name as an honour when two names or more follow: Sayyid (descent)
    /// or Hafiz (one who knows the Qur'an by heart), in Latin or Arabic script (سيد, حافظ). Before one name alone it may be the given name.</summary>
    public static bool IsHonourBeforeNames(string word) => IsSayyid(word) || word is "hafiz" or "سيد" or "حافظ";

    /// <summary>True for a generation written after a name (SANTOS, Jr.; ..., III): Jr., Snr. and their long forms, II to IV,
    /// second to fourth. Of these only Jr., Jnr. and Snr. weigh as titles inside a name.</summary>
    public static bool IsGeneration(string word) =>
        word is "jr" or "jnr" or "junior" or "sr" or "snr" or "senior" or "ii" or "iii" or "iv" or "second" or "third" or "fourth";

    /// <summary>True for a group of Korean surname spellings (not given names, patronymics or translations).</summary>
    public static bool IsSurnameGroup(int group) => group is >= 0 and < GivenNameGroups;

    /// <summary>The rule name for two words of one group.</summary>
    public static string GroupRule(int group) =>
        IsSurnameGroup(group) ? MatchRules.Surname : Translations.IsTranslationGroup(group) ? MatchRules.Translation : MatchRules.SameName;

    private static Dictionary<string, int> BuildGroups()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < KoreanSurnames.Length; g++)
            foreach (var spelling in KoreanSurnames[g]) map.TryAdd(spelling, g);
        return map;
    }
}
