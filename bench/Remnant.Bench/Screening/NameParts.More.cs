namespace Remnant.Bench.Screening;

internal static partial class NameParts
{
    public static readonly NamePart[] RussianGiven =
    [
        new("Александр", "Aleksandr", "Alexander"), new("Сергей", "Sergei", "Sergey"), new("Дмитрий", "Dmitry", "Dmitri", "Dmitriy"),
        new("Андрей", "Andrei", "Andrey"), new("Алексей", "Alexei", "Aleksey"), new("Иван", "Ivan"), new("Михаил", "Mikhail"),
        new("Николай", "Nikolai", "Nikolay"), new("Владимир", "Vladimir"), new("Евгений", "Yevgeny", "Evgeniy"), new("Олег", "Oleg"),
        new("Игорь", "Igor"), new("Юрий", "Yuri", "Yuriy"), new("Павел", "Pavel"), new("Виктор", "Viktor", "Victor"),
        new("Роман", "Roman"), new("Артём", "Artyom", "Artem"), new("Максим", "Maksim", "Maxim"), new("Денис", "Denis"),
        new("Константин", "Konstantin"), new("Григорий", "Grigory", "Grigoriy"), new("Борис", "Boris"), new("Фёдор", "Fyodor", "Fedor"),
    ];

    public static readonly NamePart[] RussianPatronymics =
    [
        new("Александрович", "Aleksandrovich"), new("Сергеевич", "Sergeyevich", "Sergeevich"), new("Иванович", "Ivanovich"),
        new("Петрович", "Petrovich"), new("Николаевич", "Nikolayevich", "Nikolaevich"), new("Владимирович", "Vladimirovich"),
        new("Михайлович", "Mikhailovich", "Mikhaylovich"), new("Юрьевич", "Yuryevich", "Yurievich"), new("Викторович", "Viktorovich"),
        new("Андреевич", "Andreyevich", "Andreevich"), new("Олегович", "Olegovich"), new("Борисович", "Borisovich"),
    ];

    public static readonly NamePart[] RussianFamily =
    [
        new("Иванов", "Ivanov"), new("Смирнов", "Smirnov"), new("Кузнецов", "Kuznetsov"), new("Попов", "Popov"),
        new("Васильев", "Vasilyev", "Vasiliev"), new("Петров", "Petrov"), new("Соколов", "Sokolov"), new("Михайлов", "Mikhailov"),
        new("Новиков", "Novikov"), new("Фёдоров", "Fedorov", "Fyodorov"), new("Морозов", "Morozov"), new("Волков", "Volkov"),
        new("Алексеев", "Alekseev", "Alekseyev"), new("Лебедев", "Lebedev"), new("Семёнов", "Semenov", "Semyonov"),
        new("Егоров", "Yegorov", "Egorov"), new("Павлов", "Pavlov"), new("Козлов", "Kozlov"), new("Степанов", "Stepanov"),
        new("Николаев", "Nikolaev", "Nikolayev"), new("Орлов", "Orlov"), new("Зайцев", "Zaitsev", "Zaytsev"),
        new("Соловьёв", "Solovyov", "Soloviev"), new("Борисов", "Borisov"), new("Макаров", "Makarov"), new("Белов", "Belov"),
    ];

    public static readonly NamePart[] ChineseSurnames =
    [
        new("王", "Wang"), new("李", "Li", "Lee"), new("张", "Zhang", "Chang"), new("刘", "Liu", "Lau"), new("陈", "Chen", "Chan"),
        new("杨", "Yang"), new("黄", "Huang", "Wong"), new("赵", "Zhao", "Chao"), new("吴", "Wu", "Ng"), new("周", "Zhou", "Chow"),
        new("徐", "Xu", "Hsu"), new("孙", "Sun"), new("马", "Ma"), new("朱", "Zhu", "Chu"), new("胡", "Hu"), new("郭", "Guo", "Kuo"),
        new("何", "He", "Ho"), new("林", "Lin", "Lam"), new("高", "Gao", "Kao"), new("罗", "Luo", "Law"), new("郑", "Zheng", "Cheng"),
        new("梁", "Liang", "Leung"), new("谢", "Xie", "Tse"), new("宋", "Song", "Sung"), new("唐", "Tang"),
    ];

    public static readonly NamePart[] ChineseSyllables =
    [
        new("伟", "wei"), new("芳", "fang"), new("娜", "na"), new("敏", "min"), new("静", "jing"), new("丽", "li"),
        new("强", "qiang"), new("磊", "lei"), new("军", "jun"), new("洋", "yang"), new("勇", "yong"), new("艳", "yan"),
        new("杰", "jie"), new("娟", "juan"), new("涛", "tao"), new("明", "ming"), new("超", "chao"), new("秀", "xiu"),
        new("霞", "xia"), new("平", "ping"), new("刚", "gang"), new("桂", "gui"), new("华", "hua"), new("建", "jian"),
        new("国", "guo"), new("文", "wen"), new("海", "hai"), new("志", "zhi"), new("红", "hong"), new("晓", "xiao"),
        new("春", "chun"), new("东", "dong"), new("辉", "hui"), new("鹏", "peng"), new("飞", "fei"), new("宇", "yu"),
    ];

    public static readonly string[] CompanyWords =
    [
        "Golden", "Star", "Eastern", "Pacific", "Silver", "Ocean", "Global", "United", "Royal", "Green", "Sun", "Dragon",
        "Phoenix", "Northern", "Crescent", "Falcon", "Horizon", "Summit", "Unity", "Victory", "Blue", "River", "Mountain",
        "Pearl", "Lotus", "Jade", "Atlas", "Delta", "Nova", "Prime", "Orient", "Sunrise", "Harmony", "Bright", "Grand",
        "Liberty", "Evergreen", "Alpine", "Coral", "Emerald", "Meridian", "Pioneer", "Zenith", "Apex", "Sapphire", "Polar",
    ];

    public static readonly string[] CompanyPlaces =
    [
        "Dalian", "Shenyang", "Dandong", "Dubai", "Sharjah", "Tehran", "Moscow", "Istanbul", "Singapore", "Hong Kong",
        "Shanghai", "Vladivostok", "Minsk", "Tashkent", "Almaty", "Baku", "Karachi", "Lagos", "Caracas", "Beirut",
    ];

    public static readonly string[] CompanySectors =
    [
        "Trading", "Shipping", "Logistics", "Electronics", "Industrial", "Machinery", "Petroleum", "Energy", "Textile",
        "Engineering", "Import Export", "Construction", "Technology", "Metals", "Chemical", "Marine", "Food", "Pharmaceutical",
        "Agricultural", "Mining", "Software", "Aviation", "Transport", "Investment", "Holding", "Medical", "Equipment",
    ];

    public static readonly string[] CompanyForms =
    [
        "Co., Ltd", "LLC", "JSC", "Corporation", "Group", "International", "GmbH", "FZE", "S.A.", "Ltd", "Company", "Inc.",
        "Limited", "PLC", "Co.", "OOO", "ZAO", "Trading Company", "Group Co., Ltd", "Corp.",
    ];

    public static readonly string[] CyrillicCompanyWords = ["Ромашка", "Вектор", "Гранит", "Север", "Восток", "Альфа", "Меридиан", "Прогресс", "Сфера", "Орион"];
}
