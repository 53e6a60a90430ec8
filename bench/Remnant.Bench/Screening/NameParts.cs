namespace Remnant.Bench.Screening;

/// <summary>One name part in its own script and the Latin spellings people actually write for it.
/// Written by hand for the benchmark from common-name knowledge, NOT taken from any sanctions list.</summary>
internal sealed record NamePart(string Native, params string[] Latin);

/// <summary>Common name parts of the cultures most present on the UN and OFAC lists (Korean, Arabic,
/// Persian, Russian, Chinese) and company-name words, for the non-listed half of the labelled set.</summary>
internal static partial class NameParts
{
    public static readonly NamePart[] KoreanSurnames =
    [
        new("김", "Kim", "Gim"), new("이", "Lee", "Yi", "Ri", "Rhee"), new("박", "Park", "Pak", "Bak"),
        new("최", "Choi", "Choe"), new("정", "Jung", "Jeong", "Chong"), new("강", "Kang", "Gang"),
        new("조", "Cho", "Jo"), new("윤", "Yoon", "Yun"), new("장", "Jang", "Chang"), new("임", "Lim", "Im", "Rim"),
        new("한", "Han"), new("오", "Oh", "O"), new("서", "Seo", "So"), new("신", "Shin", "Sin"),
        new("권", "Kwon", "Gwon"), new("황", "Hwang"), new("안", "Ahn", "An"), new("송", "Song"),
        new("류", "Ryu", "Yoo", "Yu"), new("홍", "Hong"), new("전", "Jeon", "Chon"), new("고", "Ko", "Go"),
        new("문", "Moon", "Mun"), new("양", "Yang", "Ryang"), new("손", "Son"), new("배", "Bae", "Pae"),
        new("백", "Baek", "Paek"), new("허", "Heo", "Ho"), new("남", "Nam"), new("심", "Shim", "Sim"),
    ];

    // Given-name syllables: Hangul, Revised Romanisation, McCune-Reischauer (apostrophes dropped, as lists write them).
    public static readonly NamePart[] KoreanSyllables =
    [
        new("민", "min"), new("준", "jun", "chun"), new("서", "seo", "so"), new("현", "hyeon", "hyon"),
        new("지", "ji", "chi"), new("우", "u", "woo"), new("영", "yeong", "yong"), new("수", "su", "soo"),
        new("호", "ho"), new("성", "seong", "song"), new("철", "cheol", "chol"), new("진", "jin", "chin"),
        new("혜", "hye"), new("은", "eun", "un"), new("경", "gyeong", "kyong"), new("희", "hui", "hee"),
        new("동", "dong", "tong"), new("광", "gwang", "kwang"), new("명", "myeong", "myong"), new("석", "seok", "sok"),
        new("태", "tae"), new("상", "sang"), new("일", "il"), new("남", "nam"), new("주", "ju", "chu"),
        new("하", "ha"), new("윤", "yun"), new("혁", "hyeok", "hyok"), new("용", "yong"), new("국", "guk", "kuk"),
        new("재", "jae", "chae"), new("원", "won"), new("기", "gi", "ki"), new("혁", "hyeok"), new("선", "seon", "son"),
    ];

    public static readonly NamePart[] ArabicGiven =
    [
        new("محمد", "Mohammed", "Muhammad", "Mohamed", "Mohammad"), new("أحمد", "Ahmed", "Ahmad"), new("علي", "Ali"),
        new("حسن", "Hassan", "Hasan"), new("حسين", "Hussein", "Husayn", "Hussain"), new("عمر", "Omar", "Umar"),
        new("خالد", "Khalid", "Khaled"), new("عبد الله", "Abdullah", "Abdallah", "Abd Allah"), new("يوسف", "Youssef", "Yusuf", "Yousef"),
        new("إبراهيم", "Ibrahim", "Ebrahim"), new("محمود", "Mahmoud", "Mahmud"), new("مصطفى", "Mustafa", "Moustafa"),
        new("طارق", "Tariq", "Tarek"), new("سمير", "Samir", "Sameer"), new("كريم", "Karim", "Kareem"), new("ناصر", "Nasser", "Nasir"),
        new("فيصل", "Faisal", "Faysal"), new("حمزة", "Hamza", "Hamzah"), new("سعيد", "Saeed", "Said"), new("وليد", "Walid", "Waleed"),
        new("عادل", "Adel", "Adil"), new("ياسر", "Yasser", "Yasir"), new("ماجد", "Majid", "Maged"), new("بلال", "Bilal"),
        new("زياد", "Ziad", "Ziyad"), new("رامي", "Rami"), new("سامي", "Sami"), new("جمال", "Jamal", "Gamal"), new("سالم", "Salem", "Salim"),
        new("عبد الرحمن", "Abdulrahman", "Abdel Rahman", "Abd al-Rahman"), new("عبد العزيز", "Abdulaziz", "Abdel Aziz"),
        new("فاطمة", "Fatima", "Fatma"), new("عائشة", "Aisha", "Aicha"), new("مريم", "Maryam", "Mariam"), new("نور", "Nour", "Noor"),
    ];

    public static readonly NamePart[] ArabicFamily =
    [
        new("المصري", "Al-Masri", "El Masry"), new("حداد", "Haddad"), new("خوري", "Khoury", "Khouri"), new("السيد", "Al-Sayed", "El Sayed"),
        new("عبود", "Abboud"), new("صالح", "Saleh", "Salih"), new("منصور", "Mansour", "Mansur"), new("درويش", "Darwish"),
        new("حمدان", "Hamdan"), new("قاسم", "Qasim", "Kassem"), new("التميمي", "Al-Tamimi"), new("الحربي", "Al-Harbi"),
        new("العتيبي", "Al-Otaibi", "Al Utaybi"), new("الشمري", "Al-Shammari"), new("الزهراني", "Al-Zahrani"), new("بركات", "Barakat"),
        new("صباغ", "Sabbagh"), new("عزيز", "Aziz"), new("فاروق", "Farouk", "Faruq"), new("حجازي", "Hijazi", "Hegazy"),
        new("ياسين", "Yassin", "Yasin"), new("سليمان", "Suleiman", "Sulayman"), new("جابر", "Jaber", "Jabir"), new("النجار", "Al-Najjar", "El Naggar"),
        new("الخطيب", "Al-Khatib", "El Khatib"), new("العلي", "Al-Ali"), new("الأحمد", "Al-Ahmad"), new("الكبيسي", "Al-Kubaisi"),
        new("البغدادي", "Al-Baghdadi"), new("الدوري", "Al-Douri", "Al-Duri"), new("عثمان", "Othman", "Uthman"), new("رشيد", "Rashid", "Rasheed"),
    ];

    public static readonly NamePart[] PersianGiven =
    [
        new("رضا", "Reza"), new("حسین", "Hossein", "Hosein"), new("مهدی", "Mehdi", "Mahdi"), new("علی", "Ali"),
        new("محمد", "Mohammad", "Mohamad"), new("امیر", "Amir"), new("سعید", "Saeed", "Saeid"), new("حمید", "Hamid"),
        new("مجید", "Majid"), new("فرهاد", "Farhad"), new("داریوش", "Dariush", "Daryoush"), new("کوروش", "Kourosh", "Kurosh"),
        new("بابک", "Babak"), new("بهنام", "Behnam"), new("نوید", "Navid"), new("آرش", "Arash"), new("امید", "Omid"),
        new("پرویز", "Parviz", "Parvez"), new("مریم", "Maryam"), new("فاطمه", "Fatemeh"), new("زهرا", "Zahra"),
        new("لیلا", "Leila", "Layla"), new("شیرین", "Shirin"), new("نسرین", "Nasrin"), new("مسعود", "Masoud", "Masud"),
        new("محسن", "Mohsen"), new("جواد", "Javad"), new("کاظم", "Kazem"), new("رحیم", "Rahim"), new("بهروز", "Behrouz", "Behruz"),
    ];

    public static readonly NamePart[] PersianFamily =
    [
        new("احمدی", "Ahmadi"), new("حسینی", "Hosseini", "Hoseini"), new("رضایی", "Rezaei", "Rezaie"), new("محمدی", "Mohammadi"),
        new("کریمی", "Karimi"), new("جعفری", "Jafari", "Jaafari"), new("مرادی", "Moradi"), new("رحیمی", "Rahimi"),
        new("هاشمی", "Hashemi"), new("قاسمی", "Ghasemi", "Qasemi"), new("صادقی", "Sadeghi", "Sadeqi"), new("رستمی", "Rostami"),
        new("کاظمی", "Kazemi"), new("باقری", "Bagheri", "Baqeri"), new("نجفی", "Najafi"), new("تهرانی", "Tehrani"),
        new("شیرازی", "Shirazi"), new("اصفهانی", "Esfahani", "Isfahani"), new("اکبری", "Akbari"), new("زمانی", "Zamani"),
        new("نوری", "Nouri", "Nuri"), new("سلطانی", "Soltani"), new("یزدانی", "Yazdani"), new("فرهادی", "Farhadi"), new("امینی", "Amini"),
    ];
}
