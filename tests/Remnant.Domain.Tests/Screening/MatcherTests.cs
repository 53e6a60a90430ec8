using CsCheck;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

public sealed class MatcherTests
{
    private static readonly Lazy<ScreeningIndex> Index = new(() => ScreeningIndex.Build([Snapshot()]));

    private static ListSnapshot Snapshot()
    {
        var parties = new List<ListedParty>
        {
            Person("1", "CHOE CHUN SIK", ["최춘식", "Ch'oe Ch'un-sik"], 1954, "KP"),
            Person("2", "MUHAMMAD TAHER ANWARI", ["محمد طاهر أنوري", "Mohammad Taher Anwari"], 1961, "AF"),
            Person("3", "KIM JONG NAM", [], 1971, "KP"),
            Person("4", "NORIEGA, Manuel Antonio", [], 1934, "PA"),
            // A father, his son and two of the father's brother's children: one family, listed apart.
            Person("5", "SADDAM HUSSEIN AL-TIKRITI", [], 1937, "IQ"),
            Person("6", "UDAY SADDAM HUSSEIN AL-TIKRITI", [], 1964, "IQ"),
            Person("7", "ALI BARZAN IBRAHIM HASAN AL-TIKRITI", ["علي برزان إبراهيم حسن التكريتي"], null, "IQ"),
            Person("8", "SAJA BARZAN IBRAHIM HASAN AL-TIKRITI", ["سجا برزان إبراهيم حسن التكريتي"], null, "IQ"),
            Body("10", "KOREA MINING DEVELOPMENT TRADING CORPORATION", ["KOMID"]),
            Body("11", "TANCHON COMMERCIAL BANK", ["Changgwang Credit Bank"]),
            Body("12", "NAMCHONGANG TRADING CORPORATION", []),
            Body("13", "ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE", []),
            Body("14", "ISLAMIC REVOLUTIONARY GUARD CORPS", []),
            Body("15", "RECONNAISSANCE GENERAL BUREAU", []),
            Body("16", "TRACTOREXPORT", []),
            Person("17", "BINLADIN, Bakr", [], null, "SA"),
            Person("18", "PRIGOZHIN, Yevgeniy Viktorovich", [], 1961, "RU"),
        };
        // Decoys so that the common words have realistic rarity: many listed bodies trade and are Korean.
        for (var i = 0; i < 40; i++) parties.Add(Body($"d{i}", $"KOREA {Word(i)} TRADING CORPORATION", []));
        for (var i = 0; i < 40; i++) parties.Add(Person($"m{i}", $"MUHAMMAD {Word(i + 40)} ALI", [], null, null));
        return new ListSnapshot(ListSource.Un, DateTimeOffset.UnixEpoch, parties);
    }

    private static string Word(int i) => new(['Q', (char)('A' + i % 26), (char)('A' + i / 26 % 26), 'X', 'V']);

    private static ListedParty Person(string id, string name, string[] aliases, int? born, string? country) =>
        new(ListSource.Un, id, "KPi." + id, PartySchema.Person, new PartyName(name, AliasQuality.Primary),
            aliases.Select(a => new PartyName(a, a.Any(c => c > 0x2FF) ? AliasQuality.OriginalScript : AliasQuality.Good)))
        {
            BirthDates = born is { } y && BirthDate.TryYears(y, y, false, out var d) ? [d] : [],
            Countries = country is null ? [] : [country],
        };

    private static ListedParty Body(string id, string name, string[] aliases) =>
        new(ListSource.Un, id, "KPe." + id, PartySchema.Organization, new PartyName(name, AliasQuality.Primary),
            aliases.Select(a => new PartyName(a, AliasQuality.Aka)));

    /// <summary>The matches for <paramref name="query"/> in an index of <paramref name="parties"/> alone, as one UN list.</summary>
    private static IReadOnlyList<ScreeningMatch> ScreenAmong(List<ListedParty> parties, string query) =>
        ScreeningIndex.Build([new ListSnapshot(ListSource.Un, DateTimeOffset.UnixEpoch, parties)]).Screen(ScreeningQuery.Parse(query, null, null, null).Query!).Matches;

    private static ScreeningResult Screen(string name, PartySchema? schema = null, int? born = null, string[]? countries = null)
    {
        var parse = ScreeningQuery.Parse(name, schema, born, countries);
        Assert.True(parse.Succeeded, parse.Reason);
        return Index.Value.Screen(parse.Query!);
    }

    [Theory]
    [InlineData("최춘식", "1")]
    [InlineData("Ch'oe Ch'un-sik", "1")]
    [InlineData("Ch’oe Ch’un Sik", "1")]
    [InlineData("Chun-sik Choe", "1")]
    [InlineData("Choe Chunsik", "1")]
    [InlineData("محمد طاهر أنوري", "2")]
    [InlineData("Mohammed Tahir Anwari", "2")]
    [InlineData("Manuel Antonio Noriega", "4")]
    [InlineData("Korea Mining Development Trading Corp.", "10")]
    [InlineData("KOMID", "10")]
    [InlineData("Tanchon Commercial Bank", "11")]
    [InlineData("조선광업개발무역회사", "10")]
    // Three syllables written apart, or in Hangul, are found by the index and meet the one word.
    [InlineData("Nam Chon Gang Trading Corporation", "12")]
    [InlineData("남촌강무역회사", "12")]
    // An acronym for a body's name or part of it, explained as the words it stands for, where the list gives none.
    [InlineData("IRGC Air Force", "13")]
    [InlineData("IRGC", "14")]
    // Words a list writes as one, written apart in the query: the index finds them by the joined key.
    [InlineData("Tractor Export", "16")]
    [InlineData("Bakr bin Ladin", "17")]
    // A French romanisation is found by the key it reads back to.
    [InlineData("Evgueni Prigojine", "18")]
    public void Screen_Variants_FindTheParty(string name, string id)
    {
        var top = Screen(name).Matches.FirstOrDefault();
        Assert.NotNull(top);
        Assert.Equal(id, top.Party.StableId);
        Assert.True(top.IsMatch, top.Explanation);
    }

    [Fact]
    public void Screen_WordHeldExactly_KeptAmongManyOneLetterAway()
    {
        // Sixty bodies' names hold a word one letter from the query's, as many do in the real lists; the
        // one that holds the word itself, as an acronym in parentheses, is kept in the candidate cut.
        var parties = Enumerable.Range(0, 60).Select(i => Body($"q{i}", $"AQAR {Word(i)} HOLDING", [])).ToList();
        parties.Add(Body("aqap", "AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)", []));
        var top = ScreenAmong(parties, "AQAP").FirstOrDefault();
        Assert.NotNull(top);
        Assert.Equal("aqap", top.Party.StableId);
        Assert.True(top.IsMatch, top.Explanation);
    }

    [Fact]
    public void Screen_MistypedRareWord_NamesHoldingTheOtherWordsStillCompared()
    {
        // Sixty names hold a word a letter or two from the mistyped one, and the query's other words: the fuzzy keys
        // of the rare word would fill the candidate cut with them before the name that holds the other words as written.
        var parties = Enumerable.Range(0, 60).Select(i => Person($"s{i}", $"MUHAMMAD SAEPDA {Word(i)}", [], null, null)).ToList();
        parties.AddRange(Enumerable.Range(0, 40).Select(i => Person($"h{i}", $"HAFIZ {Word(i + 60)} {Word(i + 100)}", [], null, null)));
        parties.Add(Person("saeed", "HAFIZ MUHAMMAD SAEED", [], null, null));
        var found = ScreenAmong(parties, "Hafiz Muhammad Saepd").FirstOrDefault(m => m.Party.StableId == "saeed");
        Assert.NotNull(found);
        Assert.True(found.IsMatch, found.Explanation);
    }

    [Fact]
    public void Screen_WordWithLettersSwapped_FoundByItsConsonants()
    {
        // Belkaelm and Belkalem share no key nor one-letter deletion of a key: their consonants find the name.
        var parties = Enumerable.Range(0, 40).Select(i => Person($"m{i}", $"MOHAMED {Word(i)}", [], null, null)).ToList();
        parties.Add(Person("b", "BELKALEM, Mohamed", [], null, null));
        var matches = ScreenAmong(parties, "Belkaelm");
        Assert.Contains(matches, m => m.Party.StableId == "b");
    }

    [Fact]
    public void Screen_LatinQuery_FindsNameWrittenOnlyInArabicScript()
    {
        // The party's full name is listed in Arabic script only. Four hundred Latin names share its words' consonants
        // (b-d, j-b-r, m-r), too many for a Latin query word to look them all up; the Arabic-script names with those
        // consonants are few, and are looked up on their own.
        var parties = Enumerable.Range(0, 400).Select(i => Person($"d{i}", $"ABID JOBRA {Word(i)} EMIRO", [], null, null)).ToList();
        parties.Add(new ListedParty(ListSource.Un, "aj", "TAi.1", PartySchema.Person, new PartyName("MUAWIN JABBAR", AliasQuality.Low),
            [new PartyName("عبدالجبار عمری", AliasQuality.OriginalScript)]));
        var found = ScreenAmong(parties, "Abdul Jabbar Omari").FirstOrDefault(m => m.Party.StableId == "aj");
        Assert.NotNull(found);
        Assert.True(found.IsMatch, found.Explanation);
        Assert.Contains("عمري", found.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_SyllablesWrittenApart_NameWrittenAsOneWordKeptInTheCut()
    {
        // Sixty names hold two of the three syllables apart; the one that writes all three as one word is found by the
        // joined key, which counts as the three words it stands for.
        string[] pairs = ["CHONG CHON", "CHON GANG", "CHONG GANG"];
        var parties = Enumerable.Range(0, 60).Select(i => Body($"n{i}", $"{pairs[i % 3]} {Word(i)} SHIPPING", [])).ToList();
        parties.Add(Body("ccg", "CHONGCHONGANG SHIPPING COMPANY", []));
        var top = ScreenAmong(parties, "Chong Chon Gang Shipping Co. Ltd.").FirstOrDefault();
        Assert.NotNull(top);
        Assert.Equal("ccg", top.Party.StableId);
        Assert.True(top.IsMatch, top.Explanation);
    }

    [Theory]
    // A listed name met whole inside a longer query, its first and last words the query's: the words between are the
    // father's and grandfather's names one list writes and another leaves out. At the end of the query they are another
    // man's family names; of common words (Muhammad Ali) the name is as often a namesake's.
    [InlineData("Tarad Mohammad Alnori Alfares Aljarba", "tj", true)]
    [InlineData("Tarad Mohammad Aljarba Alnori Alfares", "tj", false)]
    [InlineData("Muhammad Alnori Alfares Awan Ali", "ma", false)]
    public void Screen_ListedNameInsideLongerQuery_NamesLeftOutBetweenCostLess(string query, string id, bool match)
    {
        // Muhammad, Mohammad and Ali are common words here, as in the lists.
        var parties = Enumerable.Range(0, 400).Select(i => Person($"m{i}", $"{(i % 2 == 0 ? "MUHAMMAD" : "MOHAMMAD")} {Word(i)} ALI", [], null, null)).ToList();
        parties.Add(Person("tj", "ALJARBA, Tarad Mohammad", [], null, null));
        parties.Add(Person("ma", "MUHAMMAD ALI", [], null, null));
        var found = ScreenAmong(parties, query).FirstOrDefault(m => m.Party.StableId == id);
        Assert.True(match == found is { IsMatch: true }, found?.Score + " " + found?.Explanation);
    }

    [Fact]
    public void Screen_ListedNameInsideLongerQueryInArabicScript_NamesLeftOutBetweenCostLess()
    {
        // The UN writes the man's four names in Arabic, OFAC three in Latin: met across scripts, each word by its consonants
        // (0.95 at most, in order 0.88), the listed name is met whole all the same.
        var parties = Enumerable.Range(0, 400).Select(i => Person($"m{i}", $"MUHAMMAD {Word(i)} ALI", [], null, null)).ToList();
        parties.Add(Person("jz", "ZAYNIYAH, Jamal Husayn", [], null, null));
        var found = ScreenAmong(parties, "جمال حسين حسن زينيه").FirstOrDefault(m => m.Party.StableId == "jz");
        Assert.True(found is { IsMatch: true }, found?.Score + " " + found?.Explanation);
    }

    [Fact]
    public void Screen_SyllablesWrittenApart_NameWrittenAsOneWordBeforeNamesThatHoldSoundAlikes()
    {
        // Forty names hold Pong, which sounds as the query's Bong, and Chang, a letter from its Kang; the name that writes
        // Kang Bong as one word is found by their join, which stands for the words as written as their own keys do.
        var parties = Enumerable.Range(0, 40).Select(i => Body($"d{i}", $"CHANG PONG {Word(i)} SHIPPING", [])).ToList();
        parties.Add(Body("kb", "KANGBONG TRADING CORPORATION", []));
        var top = ScreenAmong(parties, "Kang Bong Trading").FirstOrDefault();
        Assert.NotNull(top);
        Assert.Equal("kb", top.Party.StableId);
        Assert.True(top.IsMatch, top.Explanation);
    }

    [Fact]
    public void Screen_BodysNameInArabicScript_MetWholeThoughEachWordByItsConsonants()
    {
        // Bank Sepah written in Persian: each word meets by its consonants (0.95, 0.88 in order), so the name is met whole, and
        // the bar for two common words is what the names hold, as it is in Latin.
        var parties = Enumerable.Range(0, 40).Select(i => Body($"d{i}", $"BANK {Word(i)}", [])).ToList();
        parties.Add(Body("bs", "BANK SEPAH", []));
        var found = ScreenAmong(parties, "بانک سپه").FirstOrDefault(m => m.Party.StableId == "bs");
        Assert.True(found is { IsMatch: true }, found?.Score + " " + found?.Explanation);
    }

    [Fact]
    public void Screen_ArticleWrittenAsTheSunLetter_IsTheArticle()
    {
        // OFAC writes the man's family name with the article before its sun letter (ES SAYED), the UN as EL SAYED in a longer
        // chain: es is the article, not a name word the query leaves unmet. Abd al-Qadir and Mohamed are common words here.
        var parties = Enumerable.Range(0, 400).Select(i => Person($"m{i}", $"ABDELKADER {Word(i)} MOHAMED", [], null, null)).ToList();
        parties.Add(Person("es", "ES SAYED, Abdelkader Mahmoud", [], null, null));
        var found = ScreenAmong(parties, "ABD EL KADER MAHMOUD MOHAMED EL SAYED").FirstOrDefault(m => m.Party.StableId == "es");
        Assert.True(found is { IsMatch: true }, found?.Score + " " + found?.Explanation);
    }

    [Fact]
    public void Screen_BodysCodeOneSwapAway_IsAnotherBody()
    {
        // Two vessels whose codes differ by two letters swapped: in a person's name that is a slip, in a body's another code.
        var parties = Enumerable.Range(0, 20).Select(i => Body($"d{i}", $"{Word(i)} SHIPPING", [])).ToList();
        parties.Add(Body("ida", "EP-IDA", []));
        parties.Add(Body("iad", "EP-IAD", []));
        var matches = ScreenAmong(parties, "EP-IDA");
        Assert.Contains(matches, m => m.Party.StableId == "ida" && m.IsMatch);
        Assert.DoesNotContain(matches, m => m.Party.StableId == "iad" && m.IsMatch);
    }

    [Theory]
    // A listed person's name met whole inside a longer query: by rare words, the query's other names are ones the listing
    // left out; by common words (Muhammad Ali), as often a namesake's.
    [InlineData("Paul Malong Awan Anei Deng", "pm", true)]
    [InlineData("Muhammad Ali Awan Anei Deng", "ma", false)]
    public void Screen_ListedNameInsideLongerQuery_MatchesByRareWordsOnly(string query, string id, bool match)
    {
        // Four hundred decoys give rare words their weight, and Muhammad and Ali a common word's.
        var parties = Enumerable.Range(0, 400).Select(i => Person($"m{i}", $"MUHAMMAD {Word(i)} ALI", [], null, null)).ToList();
        parties.Add(Person("pm", "PAUL MALONG AWAN", [], null, null));
        parties.Add(Person("ma", "MUHAMMAD ALI", [], null, null));
        var found = ScreenAmong(parties, query).FirstOrDefault(m => m.Party.StableId == id);
        Assert.Equal(match, found is { IsMatch: true });
    }

    [Fact]
    public void Screen_ListedBodyInsideLongerQuery_MatchesByRareWords()
    {
        var parties = Enumerable.Range(0, 400).Select(i => Body($"d{i}", $"{Word(i)} TRADING", [])).ToList();
        parties.Add(Body("q", "QUORVEX ZANTHIC MELDRA", []));
        var found = ScreenAmong(parties, "Quorvex Zanthic Meldra Orinoco Supermercados").FirstOrDefault(m => m.Party.StableId == "q");
        Assert.NotNull(found);
        Assert.True(found.IsMatch, found.Explanation);
    }

    [Theory]
    // A common word of a body's name mistyped is a slip, as in a person's name.
    [InlineData("KORYO BNK", "KORYO BANK")]
    [InlineData("ISLAMIC ARYM OF ADEN", "ISLAMIC ARMY OF ADEN")]
    public void Screen_BodysCommonWordMistyped_StillTheBody(string query, string listed)
    {
        var parties = Enumerable.Range(0, 20).Select(i => Body($"d{i}", $"{Word(i)} SHIPPING", [])).ToList();
        parties.Add(Body("b", listed, []));
        Assert.Contains(ScreenAmong(parties, query), m => m.Party.StableId == "b" && m.IsMatch);
    }

    [Fact]
    public void Screen_ThreeLetterAcronym_ShownButNoMatchAlone()
    {
        // Many bodies share three initials: the reading is shown, below the threshold.
        var top = Screen("RGB").Matches.FirstOrDefault();
        Assert.NotNull(top);
        Assert.Equal("15", top.Party.StableId);
        Assert.False(top.IsMatch, top.Explanation);
        Assert.Contains("rgb~reconnaissance general bureau (acronym 0.80)", top.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Korea Trading Corp")]
    [InlineData("Muhammad Ali")]
    [InlineData("Golden Star Trading Co., Ltd")]
    [InlineData("Choe Chun Hwa")]
    [InlineData("IRGC Navy")]
    public void Screen_CommonOrDifferentNames_NoMatch(string name) =>
        Assert.DoesNotContain(Screen(name).Matches, m => m.IsMatch);

    [Theory]
    // The family's names differ only in the given name, or by a given name before the father's: each
    // query matches its own person and not the relatives listed apart.
    [InlineData("Saddam Hussein al-Tikriti", "5", "6")]
    [InlineData("Uday Saddam Hussein al-Tikriti", "6", "5")]
    [InlineData("Ali Barzan Ibrahim Hasan al-Tikriti", "7", "8")]
    [InlineData("سجا برزان إبراهيم حسن التكريتي", "8", "7")]
    public void Screen_RelativesListedApart_OnlyThePersonMatches(string name, string id, string relative)
    {
        var matches = Screen(name).Matches;
        Assert.Contains(matches, m => m.Party.StableId == id && m.IsMatch);
        Assert.DoesNotContain(matches, m => m.Party.StableId == relative && m.IsMatch);
    }

    [Fact]
    public void Screen_Match_ExplainsEveryFeature()
    {
        var top = Screen("Choe Chun Sik", PartySchema.Person, 1954, ["KP"]).Matches[0];
        var names = top.Features.Select(f => f.Name).ToList();
        Assert.Contains("name", names);
        Assert.Contains("aliasQuality", names);
        Assert.Contains(top.Features, f => f is { Name: "birthYear", Value: > 0 });
        Assert.Contains(top.Features, f => f is { Name: "country", Value: > 0 });
        Assert.Contains("choe=choe", top.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_GivenNamesWithoutTheFamilyName_ShownButNoMatch()
    {
        // NORIEGA, Manuel Antonio: his given names alone name many people.
        var hit = Screen("Manuel Antonio").Matches.Single(m => m.Party.StableId == "4");
        Assert.False(hit.IsMatch, hit.Explanation);
        Assert.Contains(hit.Features, f => f is { Name: "familyName", Value: NameComparison.FamilyNameUnmetFactor });
        var whole = Screen("Manuel Antonio Noriega").Matches.Single(m => m.Party.StableId == "4");
        Assert.DoesNotContain(whole.Features, f => f.Name == "familyName");
    }

    [Fact]
    public void Screen_WrongBirthYearAndSchema_LowerTheScore()
    {
        var plain = Screen("Choe Chun Sik").Matches[0].Score;
        var wrongYear = Screen("Choe Chun Sik", born: 1990).Matches[0];
        Assert.True(wrongYear.Score < plain);
        Assert.Contains(wrongYear.Features, f => f is { Name: "birthYear", Value: < 0 });
        var asCompany = Screen("Choe Chun Sik", PartySchema.Company).Matches.FirstOrDefault();
        Assert.True(asCompany is null || asCompany.Score < plain);
    }

    [Fact]
    public void Screen_Filter_HidesNames()
    {
        var parse = ScreeningQuery.Parse("KOMID");
        var result = Index.Value.Screen(parse.Query!, new ScreeningOptions { Filter = (p, _) => p.StableId != "10" });
        Assert.DoesNotContain(result.Matches, m => m.Party.StableId == "10");
    }

    [Theory]
    [InlineData(null, "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("a", "is a single letter")]
    [InlineData("!!! ---", "has no letters")]
    [InlineData("Kim\u0001Jong", "control characters")]
    [InlineData("Co., Ltd", "only common words")]
    public void Parse_BadName_RefusedNamingTheField(string? name, string reason)
    {
        var parse = ScreeningQuery.Parse(name);
        Assert.False(parse.Succeeded);
        Assert.Equal("name", parse.Field);
        Assert.Contains(reason, parse.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LoneSurrogate_Refused() =>
        Assert.Contains("invalid character", ScreeningQuery.Parse("Kim" + '\uD800' + "Jong").Reason, StringComparison.Ordinal);

    [Fact]
    public void Parse_TenThousandCharacters_Refused() =>
        Assert.Contains("longer than", ScreeningQuery.Parse(new string('x', 10_000)).Reason, StringComparison.Ordinal);

    [Theory]
    [InlineData("\u202EnU gnoJ miK", "U+202E at position 1")]
    [InlineData("Kim \u2067Jong\u2069 Un", "U+2067 at position 5")]
    public void Parse_BidirectionalOverrideOrIsolate_Refused(string name, string where)
    {
        var parse = ScreeningQuery.Parse(name);
        Assert.False(parse.Succeeded);
        Assert.Equal("name", parse.Field);
        Assert.Contains(where, parse.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DirectionMarksAndJoiners_DroppedNotRefused()
    {
        // A right-to-left mark pasted with an Arabic name, the Persian ZWNJ inside a word, a zero-width space.
        var parse = ScreeningQuery.Parse("محمود\u200F احمدی\u200Cنژاد");
        Assert.True(parse.Succeeded);
        Assert.DoesNotContain(parse.Query!.Forms[0], t => t.Text.Contains('\u200C') || t.Text.Contains('\u200F'));
        Assert.Equal(["ali", "hassan"], ScreeningQuery.Parse("Ali\u200Bhassan")!.Query!.Forms[0].Select(t => t.Text));
    }

    [Fact]
    public void Parse_Refused_ReasonKeepsItsTemplateForOtherLanguages()
    {
        var parse = ScreeningQuery.Parse("Kim Jong Nam", countries: ["Atlantis"]);
        Assert.Equal("'Atlantis' is not a known country", parse.Reason);
        Assert.Equal("'{0}' is not a known country", parse.ReasonFormat);
        Assert.Equal(["Atlantis"], parse.ReasonArguments);
    }

    [Fact]
    public void Parse_UnknownCountry_RefusedNamingTheField() =>
        Assert.Equal("countries", ScreeningQuery.Parse("Kim Jong Nam", countries: ["Atlantis"]).Field);

    [Fact]
    public void Screen_AnyText_NeverThrows() =>
        Gen.String.Sample(text =>
        {
            var parse = ScreeningQuery.Parse(text);
            if (parse.Succeeded) Assert.All(Index.Value.Screen(parse.Query!).Matches, m => Assert.InRange(m.Score, 0, 1));
            else Assert.False(string.IsNullOrEmpty(parse.Reason));
        }, iter: 2000);

    [Fact]
    public void Align_NameOrder_DoesNotMatter()
    {
        static NameToken[] T(string s) => NameTokenizer.Forms(s)[0];
        var a = NameAligner.Align(T("Choe Chun Sik"), T("SIK CHUN CHOE"), _ => 5).Score;
        Assert.True(a > 0.95, a.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
