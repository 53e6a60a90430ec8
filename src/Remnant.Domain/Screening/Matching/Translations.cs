namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// The everyday words of organisation names in the languages the lists' parties write them in:
/// English and its Latin-script cousins, Arabic and Persian, Korean (Revised and McCune-Reischauer, as
/// the romaniser writes each syllable pair) and Chinese (pinyin). "Bank" is بنك, بانک, مصرف, 은행 and
/// 银行, so 조선광선은행 meets Korea Kwangson Banking Corp on its distinctive word while its generic
/// words agree instead of disagreeing. General vocabulary, not taken from any list; the words keep the
/// low weight their kind gives them, so a translation alone never makes a match.
/// </summary>
public static class Translations
{
    // The first word of each group is its English head: a word written in another script takes the
    // head's kind (legal form, generic word or name).
    private static readonly string[][] Groups =
    [
        ["bank", "banking", "banco", "banque", "bankasi", "masraf", "yinhang", "eunhaeng", "unhaeng", "بنك", "بانك", "مصرف"],
        ["company", "corporation", "compania", "compagnie", "kompaniya", "sherkat", "shirkat", "sharikat", "sharekat", "sherkate", "gongsi", "hoesa", "gongsa", "kongsa",
            "chonghoesa", "zonggongsi", "sangsa", "huishe", "شركة", "شركت", "korporatsiya", "korporatsii", "kompania"],
        ["committee", "komitet", "wiwonhoe", "weiyuanhui", "لجنة", "كميته"],
        ["limited", "youxian", "محدودة"],
        ["trading", "trade", "tejarat", "tijarat", "tijara", "bazargani", "bazargan", "maoyi", "muyeok", "muyok", "تجارة", "تجارية", "تجاري", "بازرگاني", "torgovy", "torgovyi", "torgovyy", "torgovaya", "torgovoe"],
        ["international", "internacional", "guoji", "gukje", "kukche", "دولية", "دولي"],
        ["group", "grupo", "groupe", "gruppa", "jituan", "geurup", "gurup", "jamaat", "jamaa", "jamaah", "jemaah", "مجموعة", "گروه", "جماعة"],
        ["holding", "holdings", "konggu"],
        ["shipping", "kashtirani", "haiyun", "chuanwu", "hangyun", "haeun", "كشتيراني", "ملاحة"],
        ["technology", "technologies", "tech", "keji", "jishu", "gisul", "kisul", "تكنولوجيا", "فناوري"],
        ["industries", "industry", "industrial", "sanaye", "sanayi", "sanaat", "gongye", "shiye", "gongeop", "kongop", "صنايع", "صناعة", "صناعات"],
        ["development", "tose", "toseh", "tosee", "tosea", "gostaresh", "tanmiya", "fazhan", "baljeon", "paljon", "gaebal", "kaebal", "تنمية", "توسعه"],
        ["investment", "investments", "touzi", "tuja", "استثمار", "سرمايه"],
        ["energy", "nengyuan", "طاقة", "انرژي"],
        ["oil", "petroleum", "naft", "shiyou", "نفط", "نفت"],
        ["mining", "kuangye", "gwangeop", "kwangop", "تعدين", "معدن"],
        ["chemical", "chemicals", "shimi", "huagong", "كيماويات", "شيمي"],
        ["electronics", "electronic", "dianzi", "jeonja", "chonja", "الكترونيك"],
        ["logistics", "wuliu"],
        ["joint", "union", "yeonhap", "ryeonhap", "yonhap", "ryonhap", "lianhe", "hapyeong", "habyeong", "hapyong", "اتحاد"],
        ["enterprise", "enterprises", "predpriyatiye", "predpriyatie", "pidpryiemstvo", "gieopso", "kiopso", "gieop", "kiop", "qiye"],
        ["machinery", "machine", "mashinostroitelny", "mashinostroitelnyy", "mashinostroitelnyi", "gigye", "kigye", "jixie"],
        ["overseas", "haeoe", "haeo", "haiwai"],
        ["export", "exports", "suchurip", "suchulip", "saderat", "صادرات"],
        ["exchange", "sarafi", "sarrafi", "sarafy", "صرافي", "صرافة"],
        ["foundation", "establishment", "bonyad", "bonyade", "بنیاد", "بنياد", "anstalt", "stiftung", "stichting", "fundacion", "fundacao", "fondation", "fondazione", "vakfi", "yayasan", "muassasat", "muassasa", "moassese", "muassese", "مؤسسة", "موسسه", "مؤسسه"],
        ["association", "society", "verein", "forening", "foreningen", "asociacion", "associacao", "associazione", "dernegi", "jamiat", "jamiyat", "jamiya", "jamia", "jameyat", "jameat", "جمعية", "obedinenie", "obyedinenie", "obedineniye", "obyedineniye"],
        ["organization", "organisation", "tanzim", "munazzamat", "sazman", "تنظيم", "منظمة", "سازمان"],
        ["office", "maktab", "مكتب", "دفتر"],
        ["movement", "harakat", "haraka", "mouvement", "movimiento", "حركة", "حركت", "جنبش"],
        ["front", "jabhat", "jabhah", "jabha", "frente", "جبهة"],
        ["army", "jaish", "jaysh", "jeish", "ejercito", "جيش", "ارتش"],
        ["corps", "sepah", "sipah", "سپاه"],
        ["brigades", "brigade", "kataib", "katibat", "katiba", "saraya", "سرايا", "كتائب", "كتيبة"],
        ["network", "shabakat", "shabaka", "شبكة", "شبكه"],
        ["party", "hizb", "حزب"],
        ["state", "gosudarstvennoye", "gosudarstvenoye", "gosudarstvennoe", "derzhavne", "dawla", "dawlat", "دولة"],
        ["islamic", "islami", "islamiya", "islamiyah", "islamiyya", "eslami", "اسلامية", "اسلامي"],
        ["revolutionary", "revolution", "enghelab", "enqelab", "inqilab", "انقلاب", "ثوري", "ثورية"],
        ["supporters", "ansar", "انصار"],
        ["guard", "guards", "guardians", "pasdaran", "haras", "پاسداران", "حرس"],
        ["factory", "plant", "works", "zavod", "kombinat", "fabrika", "gongjang", "kongjang", "gongchang", "مصنع", "كارخانه"],
        ["center", "centre", "tsentr", "markaz", "zhongxin", "مركز"],
        ["institute", "institut", "yanjiusuo", "yeonguso", "yonguso", "yeonguwon", "yonguwon", "معهد"],
        ["research", "issledovatelskiy", "issledovatelsky", "issledovatelskii", "yanjiu", "yeongu", "yongu", "تحقيقات", "بحوث", "پژوهش"],
        ["university", "universitet", "daxue", "daehak", "taehak", "جامعة", "دانشگاه"],
        ["academy", "akademiya", "kexueyuan", "akademi", "اكاديمية", "آكادمي"],
        ["ministry", "ministerstvo", "vizarat", "vezarat", "وزارة", "وزارت"],
        ["defense", "defence", "oborony", "oboronnyy", "guofang", "gukbang", "kukpang", "دفاع"],
        ["aerospace", "aviation", "air", "airline", "airlines", "aviatsionnyy", "hangkong", "hangtian", "hanggong", "havapeymayi", "hawapeymayi", "هوافضا", "طيران", "هواپيمايي"],
        ["tanker", "tankers", "naftkesh", "naftkash", "نفتكش"],
        ["russia", "russian", "rossii", "rossiya", "rossiyskaya", "rossiyskiy", "rossiyskoy", "روسيا"],
        ["national", "natsionalnyy", "melli", "watani", "guojia", "ملي", "وطني"],
        ["republic", "respublika", "jomhouri", "jumhuriya", "gongheguo", "جمهورية", "جمهوري"],
        ["korea", "korean", "joseon", "choson", "chaoxian", "كوريا"],
        ["china", "chinese", "zhongguo", "junggug", "chungguk", "الصين", "صين", "چين"],
        ["hongkong", "xianggang"],
        ["iran", "iranian", "ايران"],
        ["iraq", "iraqi", "عراق"],
        ["syria", "syrian", "سوريا", "سورية"],
        ["levant", "sham", "شام"],
        ["yemen", "yemeni", "يمن"],
        ["libya", "libyan", "ليبيا", "ليبية", "ليبي"],
        ["maghreb", "morocco", "moroccan", "مغرب", "مغربية", "مغربي"],
        ["egypt", "egyptian", "مصر", "مصرية", "مصري"],
        ["tunisia", "tunisian", "تونس", "تونسية", "تونسي"],
        ["algeria", "algerian", "جزائر", "جزائرية"],
        ["arabian", "arab", "arabs", "عرب", "عربية"],
        ["peninsula", "jazeera", "jazira", "jazirat", "جزيرة"],
        ["fighting", "combatant", "combat", "muqatila", "muqatilah", "مقاتلة"],
        ["emigrants", "muhajirin", "muhajireen", "mohajerin", "مهاجرين"],
        ["jihad", "jehad", "جهاد"],
        ["mujahideen", "mujahidin", "mujahedin", "mujahedeen", "مجاهدين", "مجاهدون"],
        ["league", "asbat", "osbat", "usbat", "عصبة"],
        // Words of the names of Arabic and Persian movements and charities, and of Russian institutes.
        ["people", "peoples", "renmin", "ahl", "ahle", "ahli", "اهل"],
        ["revival", "ihya", "ihyaa", "احياء"],
        ["heritage", "turath", "turaath", "تراث"],
        ["armed", "musallaha", "musallah", "musalaha", "مسلحة", "مسلح"],
        ["unification", "tawhid", "tawheed", "towhid", "توحيد"],
        ["call", "preaching", "dawa", "dawah", "daawa", "dawat", "دعوة"],
        ["west", "western", "ouest", "gharb", "غرب"],
        ["africa", "african", "afrique", "ifriqiya", "ifriqiyah", "افريقيا", "افريقية"],
        ["scientific", "science", "nauchno", "nauchnyy", "nauchnyi", "nauchny", "kexue", "علمي", "علمية"],
        ["manufacturing", "sazi", "سازي"],
        ["central", "markazi", "merkezi", "مركزي"],
        ["land", "lands", "bilad", "bilaad", "بلاد", "ببلاد"],
        ["east", "eastern", "shargh", "sharq", "sharqi", "شرق", "شرقي"],
        ["horizon", "ofogh", "ofoq", "ofuq", "افق"],
        ["construction", "bina", "binaa", "بناء", "stroitelnaya", "stroitelnoe", "stroitelnyy", "stroitelny"],
        ["steel", "foulad", "fulad", "foolad", "فولاد"],
        ["complex", "compound", "mojtame", "mojtamae", "مجتمع"],
        ["production", "productive", "tolid", "tolidi", "توليد", "proizvodstvennoe", "proizvodstvennoye", "proizvodstvennaya", "proizvodstvennoy"],
        ["jerusalem", "quds", "qods", "القدس", "قدس"],
        // Words of Russian bodies' names as the lists transliterate them (Kontsern Izhmash, Obedinennaya Sudostroitelnaya
        // Korporatsiya, Glavnoe Razvedyvatelnoe Upravlenie), beside their English translations in other aliases.
        ["concern", "kontsern", "konzern"],
        ["united", "obedinennaya", "obyedinennaya", "obedinennyy", "obyedinennyy", "obedinennye"],
        ["shipbuilding", "sudostroitelnaya", "sudostroitelnyy", "sudostroitelny", "sudostroitelnoe"],
        ["directorate", "upravlenie", "upravleniye", "upravleniya"],
        ["federal", "federalnoe", "federalnoye", "federalnaya", "federalnyy"],
        ["main", "glavnoe", "glavnoye", "glavnaya", "glavnyy"],
        ["intelligence", "razvedyvatelnoe", "razvedyvatelnoye", "razvedki"],
        ["marine", "maritime", "sea", "morskoy", "morskoi", "morskaya", "morskoe"],
        ["unitary", "unitarnoe", "unitarnoye", "unitarnaya"],
        ["service", "services", "sluzhba", "sluzhby"],
        ["security", "bezopasnosti", "bezopasnost"],
    ];

    private const int Offset = 3000;
    private static readonly Dictionary<string, int> ByWord = Build();

    /// <summary>The group of a lower-case Latin word or a normalised Arabic-script word (its article
    /// dropped), as a spellings group number (see <see cref="Vocabulary.Group"/>), or -1.</summary>
    public static int Of(string word) => ByWord.TryGetValue(word, out var g) ? g : -1;

    /// <summary>True for a group number this table gave.</summary>
    public static bool IsTranslationGroup(int group) => group >= Offset;

    /// <summary>The kind of a word written in another script or romanised from one: its English head's
    /// kind; null when the word is not in the table.</summary>
    public static WordKind? KindOf(string word) =>
        ByWord.TryGetValue(word, out var g) ? Vocabulary.ListedKind(Groups[g - Offset][0]) ?? WordKind.Name : null;

    /// <summary>Adjacent romanised syllables that make one word of the table (은행: eun + haeng = bank;
    /// 公司: gong + si = company): the joined word, or null.</summary>
    public static string? Joined(string first, string second)
    {
        var joined = (first + second).ToLowerInvariant();
        return ByWord.ContainsKey(joined) ? joined : null;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var word in Groups[g])
            {
                var arabic = NameScripts.Of(word) == NameScript.Arabic;
                var key = arabic ? ArabicScript.Normalize(word) : word;
                if (arabic && ArabicScript.HasArticle(key)) key = key[2..];
                // A word in two groups (group: grupo / jamaat) keeps the first.
                map.TryAdd(key, Offset + g);
            }
        }
        return map;
    }
}
