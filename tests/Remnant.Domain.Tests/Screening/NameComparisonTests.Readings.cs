using System.Globalization;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

// Explanations, the scripts read by the matcher's own rules (Cyrillic Korean, Devanagari, Hebrew), acronyms,
// and how the tokenizer reads initials, apostrophes, linking words and commas.
public sealed partial class NameComparisonTests
{
    [Fact]
    public void Compare_JoinedWordsThatAddNoConsonant_DoNotStandForTwo()
    {
        // يحيى + حقانی must not be read together as Haqqani, leaving Yahya unmatched.
        var a = NameComparison.Compare("يحيى حقانی", "YAHYA HAQQANI");
        Assert.DoesNotContain("yahya+haqqani", a.Describe(), StringComparison.Ordinal);
        Assert.True(a.Score >= NameComparison.DefaultThreshold, a.Describe());
    }

    [Theory]
    [InlineData("سعد كريمي", "Saeed Karimi")]
    [InlineData("سعيد كريمي", "Saad Karimi")]
    public void Compare_LongVowelOnOneSideOnly_CountsLessAndIsExplained(string arabic, string latin)
    {
        var a = NameComparison.Compare(arabic, latin);
        Assert.Contains(MatchRules.LongVowelsDiffer, a.Describe(), StringComparison.Ordinal);
        Assert.True(a.Score < NameComparison.Compare("سعيد كريمي", "Saeed Karimi").Score, a.Describe());
    }

    [Fact]
    public void Compare_WordSplitInTwo_IsExplainedAsWritten()
    {
        var a = NameComparison.Compare("Khairoullah Hotak", "Khairullah Hotak");
        Assert.Contains("khairoullah~khairullah", a.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("khair+allah", a.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Translation_IsExplained()
    {
        var a = NameComparison.Compare("Korea Kwangson Banking Corp", "조선광선은행");
        Assert.Contains("(translation 0.90)", a.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("中国航天科工集团", "China Aerospace Science and Industry Corporation", "hangtian~aerospace (translation 0.90)")]
    [InlineData("中国人民解放军", "Chinese People's Liberation Army", "renmin~peoples (translation 0.90)")]
    public void Compare_ChineseWordsOfBodies_AreTranslated(string chinese, string english, string pair) =>
        Assert.Contains(pair, NameComparison.Compare(chinese, english).Describe(), StringComparison.Ordinal);

    // Russian bodies' names as the lists transliterate them, against their English translations in other aliases.
    [Theory]
    [InlineData("Kalashnikov Concern", "AO KONTSERN KALASHNIKOV", true)]
    [InlineData("United Shipbuilding Corporation", "OBEDINENNAYA SUDOSTROITELNAYA KORPORATSIYA OAO", true)]
    [InlineData("Main Intelligence Directorate", "GLAVNOE RAZVEDYVATEL'NOE UPRAVLENIE", true)]
    [InlineData("Federal Security Service", "FEDERALNAYA SLUZHBA BEZOPASNOSTI", true)]
    [InlineData("Hong Kong Electronics Hldgs", "HONG KONG ELECTRONICS HOLDINGS LIMITED", true)]
    public void Compare_RussianWordsOfBodies_AreTranslated(string a, string b, bool same) =>
        Assert.Equal(same, NameComparison.Compare(a, b).Score >= NameComparison.DefaultThreshold);

    [Fact]
    public void Compare_GivenNameEquivalence_IsExplained()
    {
        var a = NameComparison.Compare("Oleksandr Khryakov", "Alexander Khryakov");
        Assert.Contains("oleksandr~alexander (same name", a.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Score_ExplainsWordPairs()
    {
        var a = NameComparison.Compare("Mohammed Ali", "Muhammad Ali");
        Assert.Contains("ali=ali", a.Describe(), StringComparison.Ordinal);
        Assert.Contains("mohammed~muhammad (vowels", a.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    // Korean names in Cyrillic, in the older practice (Чен, Сен) and in Kontsevich's (Чон, Чхве), read
    // back into Korean sounds: ы is ŭ, a final н is n or ng, a final р is l.
    [InlineData("Ким Чен Ын", "Kim Jong Un")]
    [InlineData("Ким Ир Сен", "Kim Il Sung")]
    [InlineData("Чхве Рён Хэ", "Choe Ryong Hae")]
    [InlineData("Пак Пон Чжу", "PAK PONG-JU")]
    [InlineData("Ким Ен Нам", "Kim Yong Nam")]
    [InlineData("Ри Пён Чхоль", "Ri Pyong Chol")]
    [InlineData("Ким Чен Ын", "김정은")]
    // Devanagari with the inherent vowel and its deletion (शर्मा Sharma, अरविंद Arvind), conjuncts and nukta.
    [InlineData("Rahul Sharma", "राहुल शर्मा")]
    [InlineData("Narendra Modi", "नरेन्द्र मोदी")]
    [InlineData("Arvind Kejriwal", "अरविंद केजरीवाल")]
    [InlineData("Manmohan Singh", "मनमोहन सिंह")]
    [InlineData("Hafiz Saeed", "हाफ़िज़ सईद")]
    [InlineData("Pushpa Kamal Dahal", "पुष्प कमल दाहाल")]
    public void Compare_KoreanInCyrillicAndDevanagari_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Read as Korean, the names still differ where the people do.
    [InlineData("Ким Чен Ын", "Kim Jong Il")]
    [InlineData("Ким Чен Ын", "Kim Jong Nam")]
    [InlineData("Ким Ир Сен", "Kim Il Chol")]
    [InlineData("Rahul Sharma", "राहुल वर्मा")]
    public void Compare_KoreanInCyrillicAndDevanagari_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Fact]
    public void CyrillicKorean_ReadsOnlyNamesMadeOfKoreanSyllables()
    {
        // A Korean surname with Russian given names, and a Russian name, are read letter by letter only.
        Assert.Empty(CyrillicKorean.Readings("Ким Владимир Петрович"));
        Assert.Empty(CyrillicKorean.Readings("Сергей Шойгу"));
        // A final н is n or ng: both readings, the explanation marked as a Korean reading.
        var readings = CyrillicKorean.Readings("Ким Чен Ын");
        Assert.Equal(4, readings.Count);
        Assert.Contains("kim chon un", readings);
        Assert.Contains("kim chong un", readings);
        Assert.Contains("Korean reading", NameComparison.Compare("Ким Чен Ын", "Kim Jong Un").Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Devanagari_KeepsTheInherentVowelWhereItIsSaid()
    {
        Assert.Equal("sharma", DevanagariRomanizer.Romanize("शर्मा"));
        Assert.Equal("kamal", DevanagariRomanizer.Romanize("कमल"));
        Assert.Equal("mishra", DevanagariRomanizer.Romanize("मिश्र"));
        Assert.Equal("singh", DevanagariRomanizer.Romanize("सिंह"));
        Assert.Equal("azhar", DevanagariRomanizer.Romanize("अज़हर"));
    }

    [Theory]
    // An acronym for a run of three or more words of a body's name, the rest of the names aligned as usual.
    [InlineData("FLORES DTO", "FLORES DRUG TRAFFICKING ORGANIZATION")]
    [InlineData("IRGC AIR FORCE", "ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE")]
    [InlineData("ISLAMIC STATE OF IRAQ AND THE LEVANT-YEMEN", "ISIL-YEMEN")]
    [InlineData("PLF-ABU ABBAS", "PALESTINE LIBERATION FRONT - ABU ABBAS FACTION")]
    [InlineData("ZAWRAH TV STATION", "AL-ZAWRA TELEVISION STATION")]
    // The acronym inside parentheses in one name and spelled out in the other.
    [InlineData("IRGC-QUDS FORCE", "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE")]
    // A long legal-form word with one slip is still a legal form, not a name word of its own.
    [InlineData("OBSHCESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KARST", "KARST, OOO")]
    [InlineData("OBSCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU MOKRAN", "MOKRAN LLC")]
    public void Compare_AcronymForPartOfABodyAndLegalFormSlips_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // The rest must still agree.
    [InlineData("FLORES DTO", "GARCIA DRUG TRAFFICKING ORGANIZATION")]
    [InlineData("IRGC NAVY", "ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE")]
    public void Compare_AcronymForPartOfABody_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Fact]
    public void Compare_AcronymForPartOfABody_IsExplained()
    {
        var a = NameComparison.Compare("FLORES DTO", "FLORES DRUG TRAFFICKING ORGANIZATION");
        Assert.Contains("dto~drug trafficking organization (acronym 0.90)", a.Describe(), StringComparison.Ordinal);
        // A word is not an acronym of a name that holds it: ETCO is not ET + CO of ETCO INTERNATIONAL COMMODITIES.
        Assert.DoesNotContain("acronym", NameComparison.Compare("ETCO INTERNATIONAL COMPANY LIMITED", "ETCO INTERNATIONAL COMMODITIES LTD").Describe(), StringComparison.Ordinal);
    }

    [Theory]
    // Hebrew, compared by consonants as Arabic is: ב as b or v, ח as h or ch, צ as tz or z, ו and י as vowels,
    // final letter forms, points and the geresh (ץ׳ = ch).
    [InlineData("Moshe Cohen", "משה כהן")]
    [InlineData("Benjamin Netanyahu", "בנימין נתניהו")]
    [InlineData("Avigdor Lieberman", "אביגדור ליברמן")]
    [InlineData("Abraham", "אברהם")]
    [InlineData("Avraham", "אַבְרָהָם")]
    [InlineData("Chaim Weizmann", "חיים וייצמן")]
    [InlineData("Haim Weizman", "חיים וייצמן")]
    [InlineData("Bezalel Smotrich", "בצלאל סמוטריץ׳")]
    [InlineData("Itamar Ben Gvir", "איתמר בן גביר")]
    [InlineData("Yinon Levi", "יינון לוי")]
    public void Compare_HebrewScript_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    [InlineData("Moshe Levi", "משה כהן")]
    [InlineData("Mohammad Cohen", "משה כהן")]
    [InlineData("David Levi", "דוד כהן")]
    public void Compare_HebrewScript_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Fact]
    public void HebrewScript_SkeletonMarksWhatLatinWritesTwoWays()
    {
        // ב inside a word may be left out (v) or read b; ח is h, k or j (ch); a final h is dropped.
        Assert.Equal("'Brhm", HebrewScript.Skeleton(HebrewScript.Normalize("אברהם")));
        Assert.True(ArabicScript.Agrees("'Brhm", LatinKeys.Skeleton("avraham")));
        Assert.True(ArabicScript.Agrees("'Brhm", LatinKeys.Skeleton("abraham")));
        Assert.True(ArabicScript.Agrees("Hm", LatinKeys.Skeleton("chaim")));
        Assert.False(ArabicScript.Agrees("'Brhm", LatinKeys.Skeleton("abram")));
        // The explanation shows the word as written, final letter included.
        Assert.Contains("כהן~cohen", NameComparison.Compare("משה כהן", "Moshe Cohen").Describe(), StringComparison.Ordinal);
    }

    [Theory]
    // The Arabic article before a sun letter as Urdu spellings write it (ud, ur, ush), joined or apart, and
    // Arabic prepositions written onto the article (li-l, wa-l): particles, as "for" and "and" are.
    [InlineData("WELFARE AND DEVELOPMENT ORGANIZATION OF JAMA'AT AL-DA'WAH LI-L-QUR'AN WA-L-SUNNA", "WELFARE AND DEVELOPMENT ORGANIZATION OF JAMAAT-UD-DAWAH FOR QUR'AN AND SUNNAH")]
    [InlineData("ZAKIUR-REHMAN LAKHVI", "ZAKI-UR-REHMAN LAKHVI")]
    [InlineData("Mujibur Rahman", "Mujib-ur-Rahman")]
    public void Compare_UrduArticlesAndArabicPrepositions_Match(string a, string b) => AssertMatch(a, b, true);

    [Fact]
    public void LinkingWords_AreParticlesOnlyWhereTheyLink()
    {
        Assert.Equal(WordKind.Particle, NameTokenizer.Forms("li-l-Quran")[0][0].Kind);
        Assert.Equal(WordKind.Particle, NameTokenizer.Forms("Jamaat-ud-Dawah")[0][1].Kind);
        // In links the words of a body's name, as of does; in a person's name it is a Korean syllable.
        Assert.Equal(WordKind.LegalForm, NameTokenizer.Forms("Shura Council in Jerusalem")[0][2].Kind);
        Assert.Equal(WordKind.Name, NameTokenizer.Forms("Kim In Ho")[0][1].Kind);
        // Alone, Li and Wa are Chinese names.
        Assert.Equal(WordKind.Name, NameTokenizer.Forms("Li Wa")[0][0].Kind);
        Assert.Equal(WordKind.Name, NameTokenizer.Forms("Li Wa")[0][1].Kind);
    }

    [Theory]
    // A legal form written in mixed case is one word; a change of case elsewhere still parts two words.
    [InlineData("Siemens GmbH", "siemens gmbh")]
    [InlineData("Porsche Automobil Holding KGaA", "porsche automobil holding kgaa")]
    [InlineData("DAVAR SHIPPING COltd", "davar shipping company limited")]
    [InlineData("AlQaeda", "al qaeda")]
    // A capitalised word is not a mixed-case legal form, nor is the start of a word an apostrophe goes on with (ASA is one).
    [InlineData("Asa'ib Ahl Al-haq", "asaib ahl al haq")]
    public void Tokenizer_CaseChangeInsideAWord_PartsItUnlessALegalForm(string name, string words) =>
        Assert.Equal(words, string.Join(' ', NameTokenizer.Forms(name)[0].Select(t => t.Text)));

    [Theory]
    // Belarusian spellings of Russian names: -au/-eu for -ov/-ev, h for g, dz for a soft d.
    [InlineData("Viktor Golovanov", "HALAVANAU, Viktar")]
    [InlineData("Yuri Karaev", "KARAEU, Yury")]
    [InlineData("Lidia Yermoshina", "YARMOSHYNA, Lidziya")]
    public void Compare_BelarusianSpellings_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Only as Belarusian spells a Russian name: not a French -eau, nor -au for any other ending.
    [InlineData("Moreau Jean", "Mora Jean")]
    [InlineData("Pierre Rousseau", "Pierre Rousov")]
    [InlineData("Hasan Ali", "Ghassan Ali")]
    public void Compare_BelarusianSpellings_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    // The article written onto a name against the name alone, and the abbreviations Md, Mohd (Muhammad) and Mg (Maung).
    [InlineData("ELKADDAFI, Saif Al-Arab", "GADDAFI, Saif Al-Arab")]
    [InlineData("Ayman Alzawahiri", "Ayman Zawahiri")]
    [InlineData("Md Abdul Karim", "Muhammad Abdul Karim")]
    [InlineData("ALI, Mohd Ijaz Safrash", "SAFARASH, Muhammad Ijaz")]
    [InlineData("SWE, Khin Mg", "SWE, Khin Maung")]
    // "Son of" is bin written in English; Mohmad is Muhammad as South Asian names shorten it.
    [InlineData("Abdul Haq son of Anwar Khan", "ABDUL HAQ ANWAR KHAN")]
    [InlineData("Mohmad Ishaq Akhundzada", "Mohammad Ishaq Akhundzada")]
    public void Compare_JoinedArticleAndAbbreviatedNames_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Five letters at least after al or el: Albert is not Bert.
    [InlineData("Albert Smith", "Bert Smith")]
    public void Compare_JoinedArticleAndAbbreviatedNames_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Fact]
    public void LegalFormSlips_OnlyInTransliteratedRussianForms()
    {
        Assert.Equal(WordKind.LegalForm, NameTokenizer.Forms("Obshcestvo Karst")[0][0].Kind);
        // A Romance cognate one letter from an English form is a word of its own.
        Assert.Equal(WordKind.Name, NameTokenizer.Forms("Corporacion Cimex")[0][0].Kind);
    }

    [Theory]
    // A body named by its initials: the letters that begin the name are one word, however they are written.
    [InlineData("M. D. S. IMPURT EXPORT CO. LTD.", "M. D. S. IMPORT EXPORT CO., LTD.")]
    [InlineData("MDS IMPORT EXPORT", "M.D.S. IMPORT EXPORT CO., LTD.")]
    [InlineData("J & E S. DE R.L.-de C.V.", "J & E S. DE R.L. DE C.V.")]
    [InlineData("J&E S DE RL DE CV", "J & E, S. DE R.L. DE C.V.")]
    // A legal form after a comma is not "LAST, First", and is still met by the form written out.
    [InlineData("CLUB DEPORTIVO MORUMBI, A.C.", "CLUB DEPORTIVO MORUMBI, ASOCIACION CIVIL")]
    [InlineData("CITY PLAZA, S.A. DE C.V.", "CITY PLAZA SOCIEDAD ANONIMA DE CAPITAL VARIABLE")]
    // Names made only of common words meet themselves.
    [InlineData("THE BUSINESS CENTRE LIMITED", "THE BUSINESS CENTRE LTD.")]
    [InlineData("D-Company", "D COMPANY")]
    [InlineData("A & B TRADING CO.", "A AND B TRADING COMPANY")]
    // A person's initials stay apart, and a rank after a comma is the given name's place.
    [InlineData("SMITH, A.G.", "Alexander Georg Smith")]
    [InlineData("NKUNDA, General", "General Nkunda")]
    public void Compare_InitialsAndNamesOfCommonWords_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    [InlineData("A.B.C. TRADING", "X.Y.Z. TRADING")]
    [InlineData("M.D.S. IMPORT EXPORT", "M.D.T. IMPORT EXPORT")]
    [InlineData("BUSINESS CENTRE", "BUSINESS DEVELOPMENT ASSOCIATION")]
    // A name of common words does not meet a name that has a word of its own.
    [InlineData("GENERAL TRADING COMPANY", "ACME GENERAL TRADING COMPANY")]
    public void Compare_InitialsAndNamesOfCommonWords_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Fact]
    public void Initials_JoinOnlyWhereTheyBeginABodysName()
    {
        Assert.Equal(["mds", "import", "export"], NameTokenizer.Forms("M.D.S. Import Export")[0].Select(t => t.Text));
        // After the name, letters are its legal form; a person's initials stay letters.
        Assert.Equal(["acme", "s", "a"], NameTokenizer.Forms("ACME S.A.")[0].Select(t => t.Text));
        Assert.Equal(["j", "e", "smith"], NameTokenizer.Forms("J. E. Smith")[0].Select(t => t.Text));
    }

    [Fact]
    public void Apostrophe_PartsAnElisionAndIsDroppedElsewhere()
    {
        Assert.Equal(["l", "unification"], NameTokenizer.Forms("L'Unification")[0].Select(t => t.Text));
        Assert.Equal(["choe", "chun", "sik"], NameTokenizer.Forms("Ch'oe Ch'un-sik")[0].Select(t => t.Text));
        Assert.Equal(["saad"], NameTokenizer.Forms("Sa'ad")[0].Select(t => t.Text));
    }

    [Fact]
    public void SonOf_IsAParticleOnlyBeforeOf()
    {
        Assert.Equal(WordKind.Particle, NameTokenizer.Forms("Abdul Haq son of Anwar Khan")[0][2].Kind);
        // Son is a Korean family name.
        Assert.Equal(WordKind.Name, NameTokenizer.Forms("Son Young Ho")[0][0].Kind);
    }

    [Fact]
    public void ArabicPrepositionOnAWord_PartsOnlyBeforeAWordOfTheTable()
    {
        // لأهل: li + ahl (people); Bandar and Layla begin with the same letters and are names.
        Assert.Equal(["ل", "اهل"], NameTokenizer.Forms("لأهل")[0].Select(t => t.Text));
        Assert.Single(NameTokenizer.Forms("بندر")[0]);
        Assert.Single(NameTokenizer.Forms("ليلى")[0]);
    }

    [Fact]
    public void Comma_PartsLastFirstButNotALegalForm()
    {
        // "LAST, First" is still read in natural order when the given name holds an apostrophe (Sa'ad, not S.A. + AD),
        // and when what follows is a rank (General is also a legal-form word: General Trading).
        Assert.Equal(["saad", "bin", "laden"], NameTokenizer.Forms("BIN LADEN, Sa'ad")[0].Select(t => t.Text));
        Assert.Equal(["general", "nkunda"], NameTokenizer.Forms("NKUNDA, General")[0].Select(t => t.Text));
        // A legal form after a body's name stays where it is.
        Assert.Equal(["club", "deportivo", "morumbi", "a", "c"], NameTokenizer.Forms("CLUB DEPORTIVO MORUMBI, A.C.")[0].Select(t => t.Text));
    }
}
