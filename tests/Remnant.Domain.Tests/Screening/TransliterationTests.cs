using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("최춘식", "choe chun sik", "choe chun sik")]
    [InlineData("정철", "jeong cheol", "chong chol")]
    [InlineData("김정은", "gim jeong eun", "kim chong un")]
    [InlineData("신", "sin", "sin")]
    [InlineData("박", "bak", "pak")]
    public void Hangul_Syllables_RevisedAndMcCune(string hangul, string revised, string mccune)
    {
        var syllables = HangulRomanizer.Syllables(hangul);
        Assert.Equal(revised, string.Join(' ', syllables.Select(s => s.Revised)));
        Assert.Equal(mccune, string.Join(' ', syllables.Select(s => s.McCune)));
    }

    [Theory]
    [InlineData("Сергей", "sergey")]
    [InlineData("Дмитрий", "dmitriy")]
    [InlineData("Евгений", "yevgeniy")]
    [InlineData("Хабаров", "khabarov")]
    [InlineData("Щукин", "shchukin")]
    [InlineData("Соловьёв", "solovev")]
    public void Cyrillic_Romanize_PassportStyle(string cyrillic, string latin) => Assert.Equal(latin, CyrillicRomanizer.Romanize(cyrillic));

    [Theory]
    [InlineData("jeong", "chong")]
    [InlineData("cheol", "chol")]
    [InlineData("sergei", "sergey")]
    [InlineData("sergej", "sergey")]
    [InlineData("mohammed", "mohamed")]
    [InlineData("abdullah", "abdulla")]
    [InlineData("kuznetsov", "kuznetzov")]
    [InlineData("yoon", "yun")]
    public void Phonetic_RomanisationVariants_SameKey(string a, string b) => Assert.Equal(LatinKeys.Phonetic(a), LatinKeys.Phonetic(b));

    [Theory]
    [InlineData("jung", "jang")]
    [InlineData("saeed", "seyed")]
    [InlineData("kim", "kin")]
    public void Phonetic_DifferentNames_DifferentKeys(string a, string b) => Assert.NotEqual(LatinKeys.Phonetic(a), LatinKeys.Phonetic(b));

    [Theory]
    [InlineData("محمد", "mohammed")]
    [InlineData("محمد", "muhammad")]
    [InlineData("حسين", "hussein")]
    [InlineData("أحمد", "ahmad")]
    [InlineData("عمر", "umar")]
    [InlineData("طاهر", "taher")]
    [InlineData("خالد", "khalid")]
    [InlineData("خالد", "chalid")]
    [InlineData("ثاقب", "saqib")]
    [InlineData("ثاقب", "thaqib")]
    [InlineData("ذاكر", "zakir")]
    [InlineData("فضل", "fazl")]
    [InlineData("فضل", "fadl")]
    [InlineData("كاظم", "kathim")]
    [InlineData("كاظم", "kadhim")]
    [InlineData("كاظم", "kazem")]
    [InlineData("رجب", "ragab")]
    [InlineData("جمال", "djamel")]
    [InlineData("شريعة", "charia")]
    [InlineData("ولد", "ould")]
    [InlineData("وليد", "walid")]
    public void Arabic_Skeleton_MeetsLatinSpelling(string arabic, string latin) =>
        Assert.True(ArabicScript.Agrees(ArabicScript.Skeleton(ArabicScript.Normalize(arabic)), LatinKeys.Skeleton(latin)),
            $"{ArabicScript.Skeleton(ArabicScript.Normalize(arabic))} / {LatinKeys.Skeleton(latin)}");

    [Theory]
    // A letter agrees with its own renderings only: ث is never d, ذ never s, ش never k.
    [InlineData("ثاقب", "daqib")]
    [InlineData("ذاكر", "sakir")]
    [InlineData("شريف", "karif")]
    [InlineData("صالح", "zalih")]
    public void Arabic_Skeleton_OtherLettersDisagree(string arabic, string latin) =>
        Assert.False(ArabicScript.Agrees(ArabicScript.Skeleton(ArabicScript.Normalize(arabic)), LatinKeys.Skeleton(latin)));

    [Fact]
    public void Arabic_Readings_ListEachLatinReading()
    {
        var readings = ArabicScript.Readings(ArabicScript.Skeleton(ArabicScript.Normalize("ثاقب")));
        Assert.Equal(["tkb", "skb"], readings);
    }

    [Fact]
    public void Arabic_InitialAlif_TellsAkramFromKarim() =>
        Assert.NotEqual(LatinKeys.Skeleton("akram"), ArabicScript.Skeleton(ArabicScript.Normalize("كريم")));

    [Theory]
    [InlineData("Abdulrahman", "abd rahman")]
    [InlineData("Abdel Rahman", "abd rahman")]
    [InlineData("Abd al-Rahman", "abd al rahman")]
    [InlineData("Abdurrahman", "abd rahman")]
    [InlineData("Abdullah", "abd allah")]
    [InlineData("Ch'oe Ch’un-sik", "choe chun sik")]
    [InlineData("习近平", "xi jin ping")]
    [InlineData("NORIEGA, Manuel Antonio", "manuel antonio noriega")]
    // al-Din compounds part into the name and din; a surname that only ends so stays whole.
    [InlineData("Salahuddin", "salah din")]
    [InlineData("Nur-ud-Din", "nur din")]
    [InlineData("BASHIRUD-DIN", "bashir din")]
    [InlineData("Sergey Baldin", "sergey baldin")]
    [InlineData("Abdullaev", "abdullaev")]
    [InlineData("KHORS AIRCOMPANY", "khors air company")]
    public void Tokenizer_Forms_FoldedWords(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', NameTokenizer.Forms(name)[0].Select(t => t.Text)));

    [Fact]
    public void Tokenizer_Parentheses_AlsoGiveInsideAndOutside()
    {
        var forms = NameTokenizer.Forms("MUHAMMAD JAMAL NETWORK (MJN)");
        Assert.Contains(forms, f => f.Select(t => t.Text).SequenceEqual(["mjn"]));
        Assert.Contains(forms, f => f.Select(t => t.Text).SequenceEqual(["muhammad", "jamal", "network"]));
    }

    [Fact]
    public void Tokenizer_Hangul_GivesBothSystems()
    {
        var forms = NameTokenizer.Forms("정철");
        Assert.Equal(2, forms.Count);
        Assert.Equal(["jeong", "cheol"], forms[0].Select(t => t.Text));
        Assert.Equal(["chong", "chol"], forms[1].Select(t => t.Text));
    }

    [Theory]
    [InlineData("Corp", WordKind.LegalForm)]
    [InlineData("ooo", WordKind.LegalForm)]
    [InlineData("haji", WordKind.Title)]
    [InlineData("bin", WordKind.Particle)]
    [InlineData("golden", WordKind.Generic)]
    [InlineData("komid", WordKind.Name)]
    public void Vocabulary_KindOf(string word, WordKind kind) => Assert.Equal(kind, Vocabulary.KindOf(word.ToLowerInvariant()));
}
