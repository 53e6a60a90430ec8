using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

// Arabic names in their Latin spellings, compounds, titles and slips: what makes two spellings one name, and
// what keeps two names apart though they look alike.
public sealed partial class NameComparisonTests
{
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
    // Long vowels in place, as vowels or as the consonants w, y, v (Marwan, Javad), past an article the Latin writes.
    [InlineData("محمود أحمد", "Mahmoud Ahmed")]
    [InlineData("بلال بن مروان", "Bilal bin Marwan")]
    [InlineData("جواد ظريف", "Javad Zarif")]
    [InlineData("علي برزان إبراهيم حسن التكريتي", "AL-TIKRITI, Ali Barzan Ibrahim Hasan")]
    // A glide one spelling writes as i and another as ay is one letter (Fihan/Fayhan, Khatiba/Khataib).
    [InlineData("AL-ANZI, Muhammad Fihan", "AL-ANZI, Muhammad Fayhan")]
    [InlineData("KHATIBA IMAM AL-BUKHARI", "KHATAIB IMAM AL-BUKHARI")]
    // Abd and Allah in French, Hausa, Wolof and Central Asian spellings (Abdour, Abdourahmane, Abdoulaye, Abdullahi,
    // Asadulla, Aminulah).
    [InlineData("REHMAN Abdour", "REHMAN, Abdur")]
    [InlineData("Abdourahmane Sow", "Abdurrahman Sow")]
    [InlineData("Abdoulaye Diallo", "Abdullah Diallo")]
    [InlineData("Abdullahi Yusuf", "Abdullah Yusuf")]
    [InlineData("Asadulla Khan", "Asadullah Khan")]
    [InlineData("Aminulah Amin", "Aminullah Amin")]
    // French ç for ص once the cedilla is lost (Fayçal = Faycal), inside a word only.
    [InlineData("فيصل بوغانمي", "FAYCAL BOUGHANEMI")]
    // The article taking on the sun letter after it (as-Sayed, Es Sayed, ash-Shabaab) is al.
    [InlineData("Abdelkader as-Sayed", "Abdelkader el Sayed")]
    [InlineData("ABD EL KADER MAHMOUD MOHAMED EL SAYED", "ES SAYED, Abdelkader Mahmoud")]
    [InlineData("Harakat ash-Shabaab al-Mujahidin", "HARAKAT AL-SHABAAB AL-MUJAHIDIN")]
    // The article's l written onto a name that begins with a vowel (Maghrebi spellings), against the Arabic with its article.
    [InlineData("الأزهر بن خليفة بن احمد روين", "ROUINE, Lazher Ben Khalifa Ben Ahmed")]
    [InlineData("محمد الأمين", "Mohamed Lamine")]
    // A long word the tokenizer splits (abd + salam, gafur + arslanbek) with one vowel off, compared as written.
    [InlineData("Hafiz Abdusulam Budvi", "Hafiz Abdusalam Budvi")]
    [InlineData("RAKHIMOV, Gofur-Arslonbek", "RAKHIMOV, Gafur-Arslanbek Akhmedovich")]
    // Bin, the article and a name written as one family name.
    [InlineData("Ramzi Mohammed Abdullah bin al-Shibh", "BINALSHIBH, Ramzi Mohammed Abdullah")]
    public void Compare_ArabicNamesInLatinSpellings_Match(string a, string b) => AssertMatch(a, b, true);

    [Theory]
    // Two common words of company names written as one; a club's form; a silent e in a French
    // transliteration from Cyrillic; a person called by a title and one name.
    [InlineData("KHORS AIR", "KHORS AIRCOMPANY")]
    [InlineData("NAFTIRAN INTERTRADE CO", "NAFTIRAN INTER TRADE COMPANY")]
    [InlineData("AKHMAT GROZNY", "FC AKHMAT GROZNY")]
    [InlineData("Игорь Сечин", "Igor Setchine")]
    [InlineData("Sheikh Umar", "Sheikh Ahmed Umar")]
    // A noun and its adjective in -ic (Economy/Economic).
    [InlineData("Shenyang Sunshine Economic and Trade Co", "SHENYANG SUNSHINE ECONOMY & TRADE")]
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
    // So are سيد and حافظ in Arabic script.
    [InlineData("سید علی خامنه‌ای", "Ali Khamenei")]
    [InlineData("سيد حسن نصر الله", "Hassan Nasrallah")]
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
    // Two syllables written with a hyphen are not a long word: one letter more is another name (U-gwang, Su-gwang).
    [InlineData("U-gwang Gim", "KIM, Su-gwang")]
    // Latif is not Atif: an l is the article's only where the Arabic writes the article.
    [InlineData("عاطف حسن", "Latif Hassan")]
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
    // Hasan and Husayn share their written consonants; the glide Hussain writes as ai is a letter Hassan has not.
    [InlineData("Hassan Ali Khan", "Hussain Ali Khan")]
    [InlineData("HUSSAIN, Ali Reza", "HASSAN, Ali Reza")]
    // A name that begins with C is read with k (Camal is Kamal, not سمال).
    [InlineData("سمال حداد", "Camal Haddad")]
    // Abdollahi, the Persian family name made from Abdollah, is not Abdullah.
    [InlineData("Ali Abdollahi", "Ali Abdullah")]
    // محمود is Mahmud, its long ū after m-h-m, not Mohammed, whose o comes after the first m.
    [InlineData("محمود أحمد قاسم", "QASIM, Mohammed")]
    // Given names alone against a person listed "FAMILY, Given" whose family name they do not hold.
    [InlineData("EMMA", "AKHRAS, Emma")]
    [InlineData("HWA SONG", "JONG, Song Hwa")]
    [InlineData("Daniel Maurice", "LOUIE, Daniel Maurice")]
    // A family name that is also an everyday word (Sun) is a family name before the comma.
    [InlineData("AMBER", "SUN, Amber")]
    public void Compare_ArabicNamesInLatinSpellings_NoMatch(string a, string b) => AssertMatch(a, b, false);

    [Theory]
    [InlineData("Maj. Gen. Kim Yong Chol")]
    [InlineData("Brig. Gen. Kim Yong Chol")]
    [InlineData("Sgt. Kim Yong Chol")]
    public void Tokenizer_MilitaryRanksAbbreviated_AreTitles(string name) =>
        Assert.Equal(WordKind.Title, NameTokenizer.Forms(name)[0][0].Kind);

    [Theory]
    // The article before the sun letter it takes on is a particle; An before a word in n apart from it is a Korean name,
    // and so is a word before a short one (Ar Ra).
    [InlineData("as-Sayed Ali", WordKind.Particle)]
    [InlineData("Es Sayed Ali", WordKind.Particle)]
    [InlineData("ar-Rahman Ali", WordKind.Particle)]
    [InlineData("an-Nasr Ali", WordKind.Particle)]
    [InlineData("An Nam Sun", WordKind.Name)]
    [InlineData("An Nyeong Sun", WordKind.Name)]
    [InlineData("Es Sam", WordKind.Name)]
    [InlineData("As Dawood", WordKind.Name)]
    public void Tokenizer_ArticleBeforeSunLetter_IsParticle(string name, WordKind kind) =>
        Assert.Equal(kind, NameTokenizer.Forms(name)[0][0].Kind);

    [Theory]
    // The family name met as written, with a slip, or split by the tokenizer (Abdullah: abd + allah).
    [InlineData("Ali Hassan Akhras", "AKHRAS, Ali Hassan")]
    [InlineData("ABDSULLAH Mian", "ABDULLAH, Mian")]
    [InlineData("Mian Abdullah", "ABDULLAH, Mian")]
    public void Compare_FamilyNameMet_NotMarkedUnmet(string a, string b)
    {
        var alignment = NameComparison.Compare(a, b);
        Assert.True(alignment.Score >= NameComparison.DefaultThreshold, alignment.Describe());
        Assert.DoesNotContain(MatchRules.FamilyNameUnmet, alignment.Describe(), StringComparison.Ordinal);
    }
}
