using System.Globalization;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

/// <summary>Pairs as <c>remnant match-names</c> scores them: the match decision at the default threshold
/// for the kinds of variation real names show, and for names that merely share a common word.</summary>
public sealed partial class NameComparisonTests
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
    // One man's chain of names with the nisba of his town in one alias and of his tribe in another.
    [InlineData("AL-NASIRI, Walid Hamid Tawfiq", "AL-TIKRITI, Walid Hamid Tawfiq")]
    [InlineData("Bashar Sabawi Ibrahim Hasan Al-Bayjat", "BASHAR SABAWI IBRAHIM HASAN AL-TIKRITI")]
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
    [InlineData("STARS COMMUNICATION SAL OFF-SHORE", "STARS COMMUNICATIONS OFFSHORE SAL")]
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
    // Two nisbas after a chain of two names, or of common names only, are two men.
    [InlineData("Walid Hamid al-Nasiri", "Walid Hamid al-Tikriti")]
    [InlineData("Mohammed Ahmed Ali al-Hashimi", "Mohammed Ahmed Ali al-Zahrani")]
    [InlineData("علي برزان إبراهيم حسن التكريتي", "خولة برزان إبراهيم حسن التكريتي")]
    // Not French: Chen and Shen, Chin and Shin are two Chinese and Korean family names.
    [InlineData("Chen Wei", "Shen Wei")]
    [InlineData("Chin Song Il", "Shin Song Il")]
    // Nor German without sch or a Russian ending written -ow or -ew: Cho and Kho are two Korean family names.
    [InlineData("Cho Yong Chol", "Kho Yong Chol")]
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
    // Two bodies in one country, its code in parentheses after each name.
    [InlineData("AERO CONTINENTE (USA) INC.", "LA HACIENDA (USA), LLC")]
    // A country in parentheses names a branch: branches listed apart are not one another.
    [InlineData("AL-HARAMAYN FOUNDATION (KENYA)", "AL-HARAMAYN FOUNDATION (TANZANIA)")]
    // Two services of one armed force.
    [InlineData("ISLAMIC REVOLUTION GUARDS CORPS GROUND FORCE", "ISLAMIC REVOLUTIONARY GUARDS CORPS AIR FORCE")]
    [InlineData("KOREAN PEOPLES ARMY NAVAL FORCE", "KOREAN PEOPLES ARMY AIR FORCE")]
    // Off-shore is the Lebanese legal form: two companies sharing only it and SAL are two companies.
    [InlineData("NASCO POLYMERS & CHEMICALS CO SAL (OFF-SHORE)", "CAR ESCORT SERVICES S.A.L. OFF SHORE")]
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
    // A given name of three letters meets its other spellings only as the table writes it (Jon), not by its sound key.
    [InlineData("Jon Smith", "John Smith")]
    [InlineData("Magomed Magomedov", "Mohammed Magomedov")]
    [InlineData("Mehmet Yilmaz", "Muhammad Yilmaz")]
    [InlineData("Khasan Abdullaev", "Hasan Abdullayev")]
    // Western, Hebrew, Greek and Georgian forms of the same names.
    [InlineData("BOGACHEVA Anne Vladislavovna", "BOGACHEVA, Anna Vladislavovna")]
    [InlineData("Yaakov Cohen", "Jacob Cohen")]
    [InlineData("Michalis Papadopoulos", "Mikhail Papadopoulos")]
    [InlineData("Giorgi Beridze", "Georgy Beridze")]
    [InlineData("POPOV, Dimitri Igorevich", "Dmitriy Igorevich Popov")]
    // French romanisations read back: ch is sh, gu before e is g, a final -ine is -in (Choïgou, Evgueni, Prigojine, Allouch).
    [InlineData("Sergueï Choïgou", "Sergei Shoigu")]
    [InlineData("Evgueni Prigojine", "Yevgeniy Prigozhin")]
    [InlineData("Aziz Allouch", "Aziz Allush")]
    // German romanisations read back: tsch is ch, dsch is dzh, sch is sh, ch is kh, w is v, j before a vowel is y.
    [InlineData("Dschochar Dudajew", "DUDAEV, Dzhokhar")]
    [InlineData("Nikita Chruschtschow", "KHRUSHCHEV, Nikita")]
    [InlineData("RJAUZOW, Denis", "RYAUZOV, Denis Yuryevich")]
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
    // Airline and tanker in Persian (هواپیمایی, نفتکش).
    [InlineData("MAHAN AIR", "هواپیمایی ماهان")]
    [InlineData("NATIONAL IRANIAN TANKER COMPANY", "شرکت ملی نفتکش ایران")]
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
    // French linking words (pour, et, en) inside a body's name link its words, as of and in do.
    [InlineData("حركة التوحيد والجهاد في غرب إفريقيا", "MOUVEMENT POUR L’UNIFICATION ET LE JIHAD EN AFRIQUE DE L’OUEST (MUJAO)")]
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
}
