using System.Globalization;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

/// <summary>Pairs as <c>remnant match-names</c> scores them: the match decision at the default threshold
/// for the kinds of variation real names show, and for names that merely share a common word.</summary>
public sealed class NameComparisonTests
{
    private static void AssertMatch(string query, string candidate, bool expected)
    {
        var a = NameComparison.Compare(query, candidate);
        var because = string.Create(CultureInfo.InvariantCulture, $"{query} | {candidate}: {a.Score:0.000} ({a.Describe()})");
        Assert.True(a.Score >= NameComparison.DefaultThreshold == expected, because);
    }

    [Theory]
    // Korean: hyphens and spaces, McCune-Reischauer and Revised, Hangul, family name first or last.
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    [InlineData("Kim Jong Un", "Kim Chong-un")]
    [InlineData("Kim Jong Un", "김정은")]
    [InlineData("Kim Jong Un", "Kim Jongun")]
    [InlineData("Jong Un Kim", "KIM, Jong Un")]
    [InlineData("Kim Jong Un", "Kim Jung Eun")]
    [InlineData("Choe Ryong Hae", "Ch'oe Ryong-hae")]
    [InlineData("Choe Ryong Hae", "Ch’oe Ryong Hae")]
    [InlineData("Choe Ryong Hae", "Choi Ryong Hae")]
    [InlineData("Ri Yong Ho", "Lee Yong Ho")]
    [InlineData("Pak Pong Ju", "Park Bong Joo")]
    [InlineData("Jang Song Thaek", "Chang Song-taek")]
    [InlineData("Hyon Yong Chol", "Hyeon Yeong-cheol")]
    // Korean names in Han characters, read the Korean way (pinyin would give Jin Zhengen).
    [InlineData("Kim Jong Un", "金正恩")]
    [InlineData("Choe Ryong Hae", "崔龍海")]
    [InlineData("KIM CHOL SAM", "金铁三")]
    [InlineData("Korea Kwangson Banking Corp", "朝鲜光鲜银行")]
    public void Compare_KoreanVariants_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Arabic: vowels, particles, Abd compounds, Arabic script, a missing middle name.
    [InlineData("Mohammed Ali", "Muhammad Ali")]
    [InlineData("Mohamed Salah", "Muhammad Salah")]
    [InlineData("Ahmed Hassan", "Ahmad Hasan")]
    [InlineData("Abdulrahman Al Masri", "Abd al-Rahman al-Masri")]
    [InlineData("ALMASRI, Abu Hamza", "AL-MASRI, Abu Hamza")]
    [InlineData("Omar Abdel Rahman", "Umar Abd al-Rahman")]
    [InlineData("Muammar Qaddafi", "Moammar Gaddafi")]
    [InlineData("Muammar Qaddafi", "Muammar Kadhafi")]
    [InlineData("Muammar Gaddafi", "معمر القذافي")]
    [InlineData("Osama bin Laden", "Usama bin Ladin")]
    [InlineData("Ayman al-Zawahiri", "أيمن الظواهري")]
    [InlineData("Bashar al-Assad", "Bashar Hafez al-Assad")]
    [InlineData("Qasem Soleimani", "قاسم سلیمانی")]
    [InlineData("Hezbollah", "Hizbullah")]
    [InlineData("Yusuf Ali", "Youssef Ali")]
    [InlineData("Muhammad Yunus", "Mohammed Younis")]
    [InlineData("Abu Mohammed al-Julani", "Abu Muhammad al-Jawlani")]
    [InlineData("Hassan Rouhani", "Hasan Rowhani")]
    [InlineData("JANAN AGHA", "جانان آغا")]
    [InlineData("ABD ALLAH MOHAMED SALEH", "عبد الله محمد صالح")]
    [InlineData("YAHIA ABDALLAH AL-UBAIDI", "يحيى عبد الله العبيدي")]
    [InlineData("Al-Qaida", "Al Qaeda")]
    [InlineData("Mullah Mohammad Omar", "Mohammed Omar")]
    // Theophoric names in one word or two, in either script.
    [InlineData("Aminullah", "Amin Ullah")]
    [InlineData("Hassan Nasrallah", "Hasan Nasr Allah")]
    [InlineData("Sanaullah Ghafari", "ثناء الله غفاري")]
    [InlineData("Ezzatollah Zarghami", "Ezatullah Zarghami")]
    // Titles in Arabic script (Hajji, Sheikh, Mullah) are titles, and Abu written onto the article is two words.
    [InlineData("حاجى فیض الله خان نورزى", "FAIZULLAH KHAN NOORZAI")]
    [InlineData("ملا محمد عمر", "Mohammed Omar")]
    [InlineData("راضي عبد السميع أبواليزيد العياشي", "RADI ABD EL SAMIE ABOU EL YAZID EL AYASHI")]
    // A generation after the name, in Latin or Arabic script (Jr., الإبن), weighs as a title.
    [InlineData("فلسيانو سمبوريو ديلوس رييس الإبن", "FELICIANO SEMBORIO DELOS REYES JR.")]
    [InlineData("RUBEN PESTANO LAVILLA, JR", "Ruben Pestano Lavilla")]
    public void Compare_ArabicAndPersianVariants_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Cyrillic, Chinese, Latin spelling: transliteration, order, initials, typos, punctuation.
    [InlineData("Vladimir Putin", "Владимир Путин")]
    [InlineData("Yevgeny Prigozhin", "Евгений Пригожин")]
    [InlineData("Sergei Shoigu", "Sergey Shoygu")]
    [InlineData("Viktor Bout", "Виктор Бут")]
    [InlineData("Nursultan Nazarbayev", "Нұрсұлтан Назарбаев")]
    [InlineData("Emomali Rahmon", "Эмомали Раҳмон")]
    [InlineData("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев")]
    // Greek as passports and shipping registers write it: digraphs, not letter by letter.
    [InlineData("Yanis Varoufakis", "Γιάννης Βαρουφάκης")]
    [InlineData("Evangelos Marinakis", "Ευάγγελος Μαρινάκης")]
    [InlineData("Dora Bakoyannis", "Ντόρα Μπακογιάννη")]
    [InlineData("Georgios Papadopoulos", "Γεώργιος Παπαδόπουλος")]
    [InlineData("Xi Jinping", "习近平")]
    [InlineData("Zhang Wei", "Wei Zhang")]
    [InlineData("Wei Hsueh Yuan", "WEI, Xue Yuan")]
    [InlineData("J. Guzman Loera", "Joaquin Guzman Loera")]
    [InlineData("GUZMAN LOERA, Joaquin", "Joaquín Guzmán Loera")]
    [InlineData("Ahmad Dastjerdi", "DASTJERDI, Ahmad Vahid")]
    [InlineData("MUSA, Firas", "Fras Musa")]
    [InlineData("Jasim Latif Nusayyif", "Jaism Latif Nusayyif")]
    [InlineData("Yevgeny Prigozhin", "Evgeniy Prigozhin")]
    [InlineData("Nazarenko Yuriy", "Nazarenko Yuriy Gennadievich")]
    [InlineData("Sergei Ivanov", "Sergey Borisovich Ivanov")]
    [InlineData("Vladimir Vladimirovich Putin", "Vladimir Putin")]
    [InlineData("O'Brien John", "John O’Brien")]
    [InlineData("Jean-Pierre Bemba", "Jean Pierre Bemba")]
    public void Compare_TransliterationOrderAndSpelling_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Bodies: legal forms written out or left off, acronyms, generic words of one stem.
    [InlineData("Korea Mining Development Trading Corporation", "Korea Mining Development Trading Corp.")]
    [InlineData("Korea Mining Development Trading Corporation", "KOMID")]
    [InlineData("Islamic Revolutionary Guard Corps", "IRGC")]
    [InlineData("Golden Star Trading Co., Ltd.", "Golden Star Trading Company Limited")]
    [InlineData("Rosoboronexport", "АО Рособоронэкспорт")]
    [InlineData("Rosoboronexport JSC", "OAO Rosoboronexport")]
    [InlineData("RUSTANKER LIMITED LIABILITY COMPANY", "RUSTANKER LLC")]
    [InlineData("Mahan Air", "Mahan Airlines")]
    [InlineData("Bank Melli Iran", "بانک ملی ایران")]
    public void Compare_BodyVariants_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Different people who share a common given name or surname.
    [InlineData("Kim Jong Un", "Kim Jong Il")]
    [InlineData("Kim Jong Un", "金正男")]
    [InlineData("Kim Jong Un", "Kim Yong Chol")]
    [InlineData("Ri Yong Ho", "Ri Yong Chol")]
    [InlineData("Kim Yo Jong", "Kim Yong Jun")]
    [InlineData("Mohammed Ali", "Mohammed Hassan")]
    [InlineData("Mohammed Ali", "Ahmed Ali")]
    [InlineData("Ali Hassan", "Ali Hussein")]
    [InlineData("Ahmed Hassan", "Ahmed Hussein")]
    [InlineData("Abu Bakr al-Baghdadi", "Abu Bakr Hassan")]
    [InlineData("Bashar al-Assad", "Maher al-Assad")]
    [InlineData("Vladimir Putin", "Vladimir Petrov")]
    [InlineData("Wang Yi", "Wang Wei")]
    [InlineData("Li Wei", "Li Ming")]
    [InlineData("Mohammad Javad Zarif", "Mohammad Javad Azari")]
    [InlineData("Ahmad Karimi", "Ahmadi Karim")]
    [InlineData("Hyeon Su", "Hyeok Su")]
    [InlineData("Rami Haddad", "Ramzi Haddad")]
    [InlineData("Hamid Karimi", "Hamad Karimi")]
    [InlineData("Jamil Haddad", "Jamal Haddad")]
    [InlineData("Khalid Hassan Mansour", "Khalil Hassan Mansour")]
    // Brothers and sisters share their father's and grandfather's names and the family name.
    [InlineData("Ali Barzan Ibrahim Hasan al-Tikriti", "Saja Barzan Ibrahim Hasan al-Tikriti")]
    [InlineData("علي برزان إبراهيم حسن التكريتي", "خولة برزان إبراهيم حسن التكريتي")]
    public void Compare_DifferentPeopleSharingAName_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    // Different bodies that share only generic words or one name word.
    [InlineData("International Trading LLC", "General Trading Company")]
    [InlineData("Global Trading International", "International General Trading")]
    [InlineData("Golden Star Trading Co., Ltd.", "Silver Star Trading Co., Ltd.")]
    [InlineData("Golden Star Trading Co., Ltd.", "Golden Eagle Trading LLC")]
    [InlineData("Korea Mining Development Trading Corporation", "Korea National Trading Corporation")]
    [InlineData("Korea Kwangson Banking Corp", "Korea Daesong Bank")]
    [InlineData("Bank Melli Iran", "Bank Mellat")]
    [InlineData("Mahan Air", "Iran Air")]
    [InlineData("Almaz-Antey", "Antey Trading")]
    [InlineData("Ali Hassan", "AHT")]
    // A country in parentheses names a branch: branches listed apart are not one another.
    [InlineData("AL-HARAMAYN FOUNDATION (KENYA)", "AL-HARAMAYN FOUNDATION (TANZANIA)")]
    // Two services of one armed force.
    [InlineData("ISLAMIC REVOLUTION GUARDS CORPS GROUND FORCE", "ISLAMIC REVOLUTIONARY GUARDS CORPS AIR FORCE")]
    [InlineData("KOREAN PEOPLES ARMY NAVAL FORCE", "KOREAN PEOPLES ARMY AIR FORCE")]
    public void Compare_DifferentBodiesSharingWords_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    // Arabic letters that Persian, Urdu, Egyptian and French spellings render their own way:
    // ث as s, ذ and ض as z, ظ as d or th, ج as dj or g, ش as ch, و as a vowel, Urdu ہ as h.
    [InlineData("نور محمد ثاقب", "NOOR MOHAMMAD SAQIB")]
    [InlineData("فضل محمد مظلوم", "FAZL MOHAMMAD MAZLOOM")]
    [InlineData("عبد الروف ذاکر", "ABDUL RAUF ZAKIR")]
    [InlineData("رشيد طعان كاظم", "Rashid Taan Kathim")]
    [InlineData("جمال عكاشة", "DJAMEL AKKACHA")]
    [InlineData("عبد الله محمد رجب عبد الرحمن", "ABD ALLAH MOHAMED RAGAB ABDEL RAHMAN")]
    [InlineData("محفوظ ولد الوليد", "MAHFOUZ OULD AL-WALID")]
    [InlineData("ثناء اللہ غفاری", "SANAULLAH GHAFARI")]
    [InlineData("احمدی‌نژاد", "Ahmadinejad")]
    [InlineData("محمد عمر ځدران", "MOHAMMAD OMAR ZADRAN")]
    public void Compare_ArabicLettersReadByLanguage_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // One given name in Russian, Ukrainian, Belarusian and western forms, and the patronymics made from it.
    [InlineData("KHRYAKOV, Oleksandr", "KHRYAKOV, Alexander")]
    [InlineData("KURCHENKO, Serhiy Vitaliyovych", "KURCHENKO, Sergey Vitalievich")]
    [InlineData("RUSAKEVICH, Uladzimir Vasilievich", "RUSAKEVICH, Vladimir Vasilyevich")]
    [InlineData("KAZAKEVICH, Henadz Arkadzievich", "KAZAKEVICH, Gennadiy Arkadyevich")]
    [InlineData("Dzmitry Shautsou", "Dmitry Shautsou")]
    [InlineData("MEJIA GUTIERREZ, Nacho", "MEJIA GUTIERREZ, Ignacio")]
    [InlineData("Bill Clinton", "William Clinton")]
    [InlineData("Magomed Magomedov", "Mohammed Magomedov")]
    [InlineData("Mehmet Yilmaz", "Muhammad Yilmaz")]
    [InlineData("Khasan Abdullaev", "Hasan Abdullayev")]
    // Western, Hebrew, Greek and Georgian forms of the same names.
    [InlineData("BOGACHEVA Anne Vladislavovna", "BOGACHEVA, Anna Vladislavovna")]
    [InlineData("Yaakov Cohen", "Jacob Cohen")]
    [InlineData("Michalis Papadopoulos", "Mikhail Papadopoulos")]
    [InlineData("Giorgi Beridze", "Georgy Beridze")]
    [InlineData("POPOV, Dimitri Igorevich", "Dmitriy Igorevich Popov")]
    public void Compare_GivenNameAcrossLanguages_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // A long word with its first letter dropped; legal forms spelled out in other languages.
    [InlineData("Bosco Ntaganda", "BOSCO TAGANDA")]
    [InlineData("SPI INTERNATIONAL PROPRIETARY LTD.", "SPI INTERNATIONAL")]
    [InlineData("VANIYA SHIP MANAGEMENT", "VANIYA SHIP MANAGEMENT PRIVATE LIMITED")]
    [InlineData("JAMAATUL-AHRAR", "JAMAAT-UL-AHRAR")]
    [InlineData("Harakatul Mujahideen", "Harakat ul-Mujahideen")]
    [InlineData("Ayatollah Ahmad Jannati", "Ahmad Jannati")]
    // The last two letters swapped are a slip, where another last letter is another name (Khalid/Khalil).
    [InlineData("MARICCI, Ljubo", "MARICIC, Ljubo")]
    // A consonant left out inside a short word is a weak slip: beside agreeing words it does not part the names,
    // unless it is in the first given name (Rami/Ramzi Haddad stay apart).
    [InlineData("RICARDO PEEZ AYERAS", "RICARDO PEREZ AYERAS")]
    [InlineData("BIN LAEN, Sa'ad", "BIN LADEN, Sa'ad")]
    public void Compare_DroppedLetterAndLegalForms_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Equivalent given names are not one person when the family names differ; a patronymic is not its
    // father's given name; a place in parentheses is not a name of its own.
    [InlineData("Oleksandr Petrenko", "Alexander Petrov")]
    [InlineData("Sergey Ivanov", "Serhiy Kovalenko")]
    [InlineData("Vitaly Ivanov", "Sergey Vitalievich Ivanov")]
    [InlineData("Viktor Petrovich Popov", "IVANOV, Victor Petrovich")]
    [InlineData("Hong Kong Global Engineering FZE", "LEADER (HONG KONG) INTERNATIONAL")]
    [InlineData("نور محمد ثاقب", "Noor Mohammad Daqib")]
    [InlineData("Khalid Omar Hassan", "Khalil Omar Hassan")]
    // Alone, the weak slip is no match; at the end of a syllable it is another one (Zheng/Zhen).
    [InlineData("Peez", "Perez")]
    [InlineData("Zhen Guoming", "Zheng Guoming")]
    public void Compare_EquivalentsAndPlaces_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    // The common words of organisation names in their own language and script: they agree instead of
    // disagreeing, while the distinctive word still carries the match.
    [InlineData("Korea Kwangson Banking Corp", "조선광선은행")]
    [InlineData("Korea Ryonbong General Corporation", "조선련봉총회사")]
    [InlineData("SHEN ZHONG INTERNATIONAL SHIPPING", "沈忠國際海運有限公司")]
    [InlineData("HUAXIN SHIPPING HONGKONG LTD", "華信船務(香港)有限公司")]
    [InlineData("Hamas", "حركة حماس")]
    [InlineData("ROSHAN MONEY EXCHANGE", "صرافی روشان")]
    [InlineData("ISLAMIC STATE IN IRAQ AND THE LEVANT - YEMEN", "الدولة الإسلامية في العراق والشام - اليمن")]
    [InlineData("Islamic Revolutionary Guard Corps", "سپاه پاسداران انقلاب اسلامی")]
    [InlineData("LIBYAN ISLAMIC FIGHTING GROUP", "الجماعة الاسلامية المقاتلة الليبية")]
    [InlineData("Sberbank of Russia", "Сбербанк России")]
    [InlineData("Bank Melli Iran", "National Bank of Iran")]
    // Development, machinery, joint venture and trading company in Korean (개발, 기계, 합영, 상사).
    [InlineData("Korea Mining Development Trading Corporation", "조선광업개발무역회사")]
    [InlineData("Korea Ryonha Machinery Joint Venture Corporation", "조선련하기계합영회사")]
    [InlineData("Pyongyang Trading Company", "평양상사")]
    // Three syllables written apart or in Hangul against one Latin word (Namchongang, Mansudae, Sobaeksu).
    [InlineData("Namchongang Trading Corporation", "남촌강무역회사")]
    [InlineData("Nam Chon Gang Trading Corporation", "Namchongang Trading Corporation")]
    [InlineData("Korea Sobaeksu Trading Company", "조선소백수무역회사")]
    [InlineData("Mansudae Overseas Project Group", "만수대해외개발회사그룹")]
    // Words of movements', charities' and institutes' names; French elision (L'Unification) parts words.
    [InlineData("الجماعة الاسلامية المسلحة", "ARMED ISLAMIC GROUP")]
    [InlineData("جمعية احياء التراث الاسلامي", "REVIVAL OF ISLAMIC HERITAGE SOCIETY")]
    [InlineData("SARAYA AL-ASHTAR", "AL-ASHTAR BRIGADES")]
    [InlineData("NAUCHNO-ISSLEDOVATELSKIY INSTITUT KVANT", "KVANT SCIENTIFIC RESEARCH INSTITUTE")]
    [InlineData("SHERKAT BATTERY SAZI NIRU SAHAMI KHASS", "NIRU BATTERY MANUFACTURING COMPANY")]
    [InlineData("تنظيم القاعدة ببلاد المغرب الاسلامي", "THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB")]
    // Persian company words (bazargani, gostaresh, ofoq, shargh; va = and), Russian mashinostroitelny, resorts.
    [InlineData("BAZARGANI PISHGAMAN GOSTARESH OFOQ TEJARAT IRANIAN COMPANY", "PISHGAMAN HORIZON DEVELOPMENT IRANIAN BUSINESS TRADING COMPANY")]
    [InlineData("IRAN AND EAST LEASING COMPANY", "IRAN & SHARGH LEASING COMPANY")]
    [InlineData("SHERKAT-E IRAN VA SHARGH", "IRAN & SHARGH COMPANY")]
    [InlineData("JSC MYTISHCHINSKI MACHINE-BUILDING PLANT", "MYTISHCHINSKI MASHINOSTROITELNY ZAVOD, OAO")]
    [InlineData("SANATORIUM-RESORT COMPLEX MRIYA", "MRIYA RESORT & SPA")]
    [InlineData("BONYAD MOSTAZAFAN ENGHELAB ESLAMI", "ISLAMIC REVOLUTION MOSTAZAFAN FOUNDATION")]
    [InlineData("CONSTRUCTION JIHAD", "JIHAD AL-BINA")]
    // The IRGC's Air Force is its Aerospace Force.
    [InlineData("IRGC AEROSPACE FORCE", "ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE")]
    [InlineData("GOSUDARSTVENOYE PREDPRIYATIYE UNIVERSAL-AVIA", "STATE ENTERPRISE UNIVERSAL-AVIA")]
    [InlineData("MOJTAME FOULAD SHAHIN BONAB", "BONAB STEEL INDUSTRY COMPLEX")]
    [InlineData("SHERKAT-E TOLID VA SADERAT-E RISHMAK", "RISHMAK PRODUCTIVE & EXPORTS COMPANY")]
    // The body without its branch's country still meets the branch.
    [InlineData("AL-HARAMAYN FOUNDATION", "AL-HARAMAYN FOUNDATION (KENYA)")]
    [InlineData("جبهة النصرة لأهل الشام", "AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT")]
    [InlineData("MOUVEMENT POUR L’UNIFICATION ET LE JIHAD EN AFRIQUE DE L’OUEST", "MOUVEMENT POUR L UNIFICATION ET LE JIHAD EN AFRIQUE DE L OUEST")]
    // Charities' and producers' everyday words weigh as generic words; legal forms of banks and Bulgarian companies.
    [InlineData("AL-RAHMAH ORGANIZATION", "RAHMAH CHARITABLE ORGANIZATION")]
    [InlineData("RESEARCH AND PRODUCTION CORPORATION URALVAGONZAVOD", "URALVAGONZAVOD")]
    [InlineData("SOBINBANK", "JSB SOBINBANK")]
    [InlineData("CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN", "BANK MARKAZI JOMHOURI ISLAMI IRAN")]
    public void Compare_OrganisationWordsAcrossLanguages_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // A translated generic word is no evidence on its own.
    [InlineData("Korea Kwangson Banking Corp", "조선대성은행")]
    [InlineData("Bank Sepah", "بنك ملت")]
    [InlineData("Shen Zhong International Shipping", "华信国际海运有限公司")]
    // A legal form in parentheses is not a name of its own.
    [InlineData("SHERKATE BASARGANI PETROCHEMIE (SAHAMI KHASS)", "SHERKAT BATTERY SAZI NIRU SAHAMI KHASS")]
    // A word is not the acronym of a name that holds it a letter away (Nova: Nov + A of Nove-Ad-Holding AD).
    [InlineData("Nova Industrial S.A.", "NOVE-AD-HOLDING AD")]
    public void Compare_OnlyTranslatedWordsShared_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    // Latin spellings of Arabic names by the language they came through: al-Din compounds in one word,
    // two or three; th and dh as s and z; a silent French e; q as k; the soft c; Bou for Abu; Hajj as an honorific.
    [InlineData("Salahuddin Ahmed", "Salah al-Din Ahmed")]
    [InlineData("Nour Eddine Hassan", "Nur-ud-Din Hassan")]
    [InlineData("Kamaludin Hassan", "Kamal al-Din Hassan")]
    [InlineData("Nurettin Yilmaz", "Nur al-Din Yilmaz")]
    [InlineData("Nasreldin Ahmed", "Nasr al-Din Ahmed")]
    [InlineData("MAHMOOD SULTAN BASHIRUD-DIN", "MAHMOOD SULTAN BASHIR-UD-DIN")]
    [InlineData("ANSAR EDDUINE", "ANSAR EDDINE")]
    [InlineData("Ahmed Din", "Ahmad Din")]
    [InlineData("نورالدين حسن", "Nur al-Din Hassan")]
    [InlineData("نور الدين حسن", "Nuruddin Hassan")]
    [InlineData("Usman Ghani", "Uthman Ghani")]
    [InlineData("Muthana Haris al-Dari", "MUTHANNA HARITH AL-DARI")]
    [InlineData("Zakir Naik", "Dhakir Naik")]
    [InlineData("Yassine Khalil", "Yassin Khalil")]
    [InlineData("AYACH, Hassan", "AYACHE, Hassan")]
    [InlineData("Abdelkader Hamid", "Abd al-Qadir Hamid")]
    [InlineData("جمال لونيسي", "DJAMEL LOUNICI")]
    [InlineData("DORDA, Bou Zaid", "DORDA, Abu Zaid")]
    [InlineData("'ALIQ, Hajj Qasim", "ALIQ, Qasim")]
    public void Compare_ArabicNamesInLatinSpellings_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Two common words of company names written as one; a club's form; a silent e in a French
    // transliteration from Cyrillic; a person called by a title and one name.
    [InlineData("KHORS AIR", "KHORS AIRCOMPANY")]
    [InlineData("NAFTIRAN INTERTRADE CO", "NAFTIRAN INTER TRADE COMPANY")]
    [InlineData("AKHMAT GROZNY", "FC AKHMAT GROZNY")]
    [InlineData("Игорь Сечин", "Igor Setchine")]
    [InlineData("Sheikh Umar", "Sheikh Ahmed Umar")]
    // Wade-Giles and pinyin; the Persian -aee/-aei ending.
    [InlineData("Mao Zedong", "Mao Tse-tung")]
    [InlineData("Mohsen Rezaee", "Mohsen Rezaei")]
    public void Compare_CompoundsFormsAndTitles_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // A slip in a word the tokenizer would have split (Noureddine: nour + din) meets the word as written.
    [InlineData("Noureddlne Haddad", "Noureddine Haddad")]
    [InlineData("Abdelkader Hezblolah Saidi", "Abdelkader Hezbollah Saidi")]
    // Both words split, at different places (khairo + allah, khair + allah; abd + plaziz, abd + aziz).
    [InlineData("Khairoullah Hotak", "Khairullah Hotak")]
    [InlineData("Abduplaziz Qasimi", "Abdulaziz Qasimi")]
    // A letter and the Persian ezafe written apart from their word (B-Work, Rooya-e).
    [InlineData("BWORK S.A.S.", "B-WORK S.A.S.")]
    [InlineData("KISH ROOYAE ZENDEGI", "KISH ROOYA-E ZENDEGI")]
    // A hyphenated given name against the same written whole or with an initial.
    [InlineData("Kim Jong-un", "Kim Jongun")]
    [InlineData("A. Haddad Karimi", "Abdelhamid Haddad Karimi")]
    // Abd hyphenated to the name it begins, against Abed written apart: not half a name.
    [InlineData("AL-OMQY, Saeed Salih Abed Rabbo", "AL-OMGY, Said Salih Abd-Rabbuh")]
    // A compound written as one word, called by its first part (Siraj for Sirajuddin).
    [InlineData("Siraj Karimi", "Sirajuddin Karimi")]
    // Chinese surnames in Cantonese (Hong Kong) and pinyin spellings.
    [InlineData("Chen Ming Hua", "CHAN, Ming Hua")]
    [InlineData("Kwok Ho Yin", "Guo Ho Yin")]
    [InlineData("Lam Siu Ming", "Lin Siu Ming")]
    // A double-barrelled family name with one part left off.
    [InlineData("KARIMZADEH, Hossein", "KARIMZADEH-ESFAHANI, Hossein")]
    // Another form of a generic word; open joint-stock company written out against OAO; foundation and
    // establishment in other languages.
    [InlineData("Orion Works LLC", "Orion Work LLC")]
    [InlineData("Vostok Managing Company", "Vostok Management Company")]
    [InlineData("Kedr Open Joint-Stock Company", "Kedr OAO")]
    [InlineData("Stichting Al-Nur", "Al-Nur Foundation")]
    [InlineData("Bergtal Anstalt", "Bergtal Establishment")]
    // Russian commercial (bank), Lebanese S.A.L. and German und/Handels are form words; a number written onto a legal form.
    [InlineData("AKTSIONERNOE OBSHCHESTVO KOMMERCHESKI BANK VOSTOKINVEST", "JOINT STOCK COMMERCIAL BANK VOSTOKINVEST")]
    [InlineData("CEDRUS PHARMACEUTICAL, SAL", "CEDRUS PHARMACEUTICAL")]
    [InlineData("NORDSTERN BAUMASCHINEN", "NORDSTERN BAUMASCHINEN UND HANDELS GMBH")]
    [InlineData("HAMRA 720sal", "HAMRA 720 SAL")]
    // Sayyid in its spellings, or left out before the given name; a Spanish everyday form of a given name.
    [InlineData("Seyed Hossein Mousavi", "Sayyid Hossein Mousavi")]
    [InlineData("Hossein Mousavi", "Seyyed Hossein Mousavi")]
    [InlineData("Patty Lopez Garza", "Patricia Lopez Garza")]
    // Hafiz before two names is an honour (one who knows the Qur'an by heart), not the first given name.
    [InlineData("Muhammad Saeed", "HAFIZ MUHAMMAD SAEED")]
    [InlineData("Hafiz Abdul Rahman Makki", "ABDUL REHMAN MAKKI")]
    // Arabic names in Russian romanisation: dzh for j, kh for h, au for aw.
    [InlineData("Абу Мухаммад аль-Джулани", "Abu Muhammad al-Jawlani")]
    [InlineData("Катиба ат-Таухид валь-Джихад", "KHATIBA AL-TAWHID WAL-JIHAD")]
    [InlineData("GORRIN BELISARIO Raol", "GORRIN BELISARIO, Raul")]
    // A ʿayn the Latin shows only by two vowels (Qaida, Saad).
    [InlineData("القاعدة", "AL-QAIDA")]
    [InlineData("سعد الحريري", "Saad Hariri")]
    // The final s or z of Spanish and Portuguese -es/-ez names.
    [InlineData("Lopes Garcia Mora", "Lopez Garcia Mora")]
    [InlineData("CAZAREZ SALAZAR, Blanca", "CAZARES SALAZAR, Blanca")]
    // The Arabic feminine ending written -ah or -at; a noun and its adjective in a body's name; Compound for Complex.
    [InlineData("AZIZAT, Sa'id Yusif", "AZIZAH, Sa'id Yusif")]
    [InlineData("YAZD METALLURGICAL INDUSTRIES", "YAZD METALLURGY INDUSTRIES")]
    [InlineData("RAHMAH CHARITY ORGANIZATION", "RAHMAH CHARITABLE ORGANIZATION")]
    [InlineData("AMIN INDUSTRIAL COMPOUND", "AMIN INDUSTRIAL COMPLEX")]
    // Five written consonants in order whatever the vowels.
    [InlineData("Mubarak Mishkhis Sanad Al-Bathali", "MUBARAK MUSHAKHAS SANAD AL-BATHALI")]
    // A legal form after a comma, and a given name that is also a generic word (Moon), are no sign of a person against a body.
    [InlineData("COMERCIALIZADORA GAEL 4, SOCIEDAD ANONIMA DE CAPITAL VARIABLE", "COMERCIALIZADORA GAEL 4, S.A. DE C.V.")]
    [InlineData("WONG, Munchi", "WONG, Moon Chi")]
    // French dj is j, and a j before j, r or m is the consonant, not the glide of Sergej (Hadj/Hajj, Fadjr/Fajr).
    [InlineData("FADJR INDUSTRIES GROUP", "FAJR INDUSTRIES GROUP")]
    [InlineData("Hadj Omar Salem", "Hajj Omar Salem")]
    [InlineData("Sergej Ivanov", "Sergei Ivanov")]
    // A generation after the comma leaves the name in its order (not "III Hilarion ...", a given name before the rest).
    [InlineData("HILARION DEL ROSARIO SANTOS", "Hilarion Del Rosario Santos, III (third)")]
    // A c before e or i is s (Houcein = Husayn, Defence = Defense).
    [InlineData("Houcein Salem", "Husayn Salim")]
    [InlineData("MINISTRY OF DEFENCE", "MINISTRY OF DEFENSE")]
    // A Korean name in Arabic script, family name first as written, against the list's comma form.
    [InlineData("كيم جونغ أون", "KIM, Jong Un")]
    // A Roman numeral is its number in digits; Xi is a name as well as eleven.
    [InlineData("MIR II", "MIR 2")]
    [InlineData("Zhang Xi", "XI, Zhang")]
    public void Compare_SlipsInCompoundsWordFormsAndSayyid_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Said and Saeed are given names, not Sayyid: left out before the same names, they make another person.
    [InlineData("AL HADDAD, Saeed Ahmed Mohammed", "AHMAD, Muhammad Haddad Abu")]
    [InlineData("Saeed Karimi", "KARIMI, Seyed Mehdi Mojtahed")]
    // Part of a hyphenated name is another name (Min is not Min-seong); a syllable ending in
    // the vowel the next begins with does not join into one (Chu-un is not Chun).
    [InlineData("Son Min-seong", "Son Min")]
    [InlineData("Ri Chu-un", "Ri Chun")]
    [InlineData("Orion Stars", "Orion Start")]
    // A shared surname alone is not the person (陳大文 is Chan Tai Man, not Chan Siu Ming).
    [InlineData("陳大文", "CHAN Siu Ming")]
    // Two numbers name two units or vessels, in Roman numerals too.
    [InlineData("BICENTENARIO I", "BICENTENARIO II")]
    [InlineData("BICENTENARIO XIV", "BICENTENARIO X")]
    [InlineData("44TH MOTOR RIFLE DIVISION OF THE NORTHERN ARMY", "12TH MOTOR RIFLE DIVISION OF THE NORTHERN ARMY")]
    // The Arabic writes a long vowel the Latin has not: سليمان is Sulayman, not Salman; سعيد is not Sa'adah.
    [InlineData("محمود محمد سليمان", "SALMAN, Muhammad")]
    [InlineData("سعید رضایی", "SA'ADAH, Ruwaydah")]
    public void Compare_GivenNameNotSayyidAndOtherWords_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    // A th starting a word begins another name; Hajj after a given name is a family name; a word whose
    // consonants run into the next is not two words of the other name.
    [InlineData("Thamer Ali", "Samer Ali")]
    [InlineData("Ali El Hajj", "Ali Hassan")]
    [InlineData("Baldin Sergey", "Bal al-Din Sergey")]
    // Sound keys fold r/l and kh/h: only o/u may differ on them, or Khaled meets Harith and Cheng Zhang.
    [InlineData("Khaled Ahmad Al-Douri", "AL-DURI, Harith")]
    [InlineData("Cheng Chunxiao", "ZHANG, Chunxian")]
    // The feminine ending is a spelling only on the same stem: Azizah is not Aziz, nor Hamza Hamid.
    [InlineData("AZIZAH, Yusif", "AZIZ, Yusif")]
    // Najm (a star) is not Naim: its j is no glide.
    [InlineData("Najm Salem Haddad", "Naim Salem Haddad")]
    // Two short words agreeing by their consonants are not raised by their order when the third disagrees.
    [InlineData("كيم جونغ أون", "KIM, Jong Il")]
    // A person as lists write him (family name, comma, given names) is not the business named after him.
    [InlineData("HASSAN AYACH EXCHANGE", "AYACH, Hassan")]
    [InlineData("IBRAHIM, Dawood", "DAWOOD IBRAHIM ORGANIZATION")]
    [InlineData("HASAN, Bilal", "BILAL, Ghassan Ali")]
    public void Compare_ArabicNamesInLatinSpellings_NoMatch(string a, string b) => AssertMatch(a, b, false);

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
