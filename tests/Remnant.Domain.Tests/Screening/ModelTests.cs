using Remnant.Domain.Geography;
using Remnant.Domain.Screening;

namespace Remnant.Domain.Tests.Screening;

public sealed class ModelTests
{
    [Theory]
    [InlineData(1958, 1963, 1960, 0)]
    [InlineData(1958, 1963, 1955, 3)]
    [InlineData(1961, 1961, 1965, 4)]
    public void BirthDate_YearsFrom_DistanceOutsideRange(int from, int to, int year, int expected)
    {
        Assert.True(BirthDate.TryYears(from, to, false, out var date));
        Assert.Equal(expected, date.YearsFrom(year));
    }

    [Theory]
    [InlineData(1963, 1958)]
    [InlineData(1200, 1201)]
    [InlineData(2150, 2150)]
    public void BirthDate_TryYears_RefusesImplausible(int from, int to) =>
        Assert.False(BirthDate.TryYears(from, to, false, out _));

    [Theory]
    [InlineData("  JO  YONG   CHOL ", "JO YONG CHOL")]
    [InlineData("KPi.034 ", "KPi.034")]
    [InlineData("a\tb\nc", "a b c")]
    public void PartyName_Collapse_TidiesSpaces(string raw, string expected) =>
        Assert.Equal(expected, new PartyName(raw, AliasQuality.Good).Text);

    [Fact]
    public void PartyName_Blank_Refused() => Assert.Throws<ArgumentException>(() => new PartyName("  ", AliasQuality.Good));

    [Theory]
    [InlineData("Good", AliasQuality.Good)]
    [InlineData("a.k.a.", AliasQuality.Aka)]
    [InlineData("f.k.a.", AliasQuality.Fka)]
    [InlineData("Low", AliasQuality.Low)]
    [InlineData("weak", AliasQuality.Weak)]
    [InlineData("strong", AliasQuality.Strong)]
    [InlineData("", AliasQuality.Aka)]
    public void AliasQualities_Parse_ListWords(string text, AliasQuality expected) => Assert.Equal(expected, AliasQualities.Parse(text));

    [Fact]
    public void ListedParty_RepeatedAlias_KeptOnce()
    {
        var party = new ListedParty(ListSource.Eu, "13", "EU.27.28", PartySchema.Organization, new PartyName("KOMID", AliasQuality.Strong),
            [new PartyName("Komid", AliasQuality.Strong), new PartyName("KOREA MINING", AliasQuality.Strong), new PartyName("KOREA MINING", AliasQuality.Strong)]);
        Assert.Equal(["KOMID", "KOREA MINING"], party.Names.Select(n => n.Text));
        Assert.Equal(AliasQuality.Primary, party.Names[0].Quality);
    }

    [Fact]
    public void Snapshot_DuplicateStableId_Refused()
    {
        var a = new ListedParty(ListSource.Un, "1", "KPi.1", PartySchema.Person, new PartyName("A", AliasQuality.Primary));
        Assert.Throws<ArgumentException>(() => new ListSnapshot(ListSource.Un, DateTimeOffset.UnixEpoch, [a, a]));
    }

    [Fact]
    public void Diff_Rename_IsChangeNotRemoval()
    {
        var before = new ListSnapshot(ListSource.Un, DateTimeOffset.UnixEpoch,
            [new ListedParty(ListSource.Un, "1", "KPi.1", PartySchema.Person, new PartyName("A B", AliasQuality.Primary))]);
        var after = new ListSnapshot(ListSource.Un, DateTimeOffset.UnixEpoch.AddDays(1),
            [new ListedParty(ListSource.Un, "1", "KPi.1", PartySchema.Person, new PartyName("A C", AliasQuality.Primary)) { ListedOn = new DateOnly(2020, 1, 1) }]);
        var diff = after.DiffFrom(before);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(["names", "listedOn"], Assert.Single(diff.Changed).Fields);
        Assert.True(before.DiffFrom(before).IsEmpty);
    }

    [Theory]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Korea, North", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Cote d Ivoire", "CI")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("The Gambia", "GM")]
    [InlineData("kp", "KP")]
    [InlineData("Burma", "MM")]
    [InlineData("PRC", "CN")]
    [InlineData("ROK", "KR")]
    [InlineData("USA", "US")]
    public void CountryNames_TryResolve_ListSpellings(string name, string code)
    {
        Assert.True(CountryNames.TryResolve(name, out var resolved));
        Assert.Equal(code, resolved.Value);
    }

    [Theory]
    [InlineData("Region: Crimea")]
    [InlineData("")]
    [InlineData("Atlantis")]
    public void CountryNames_TryResolve_UnknownIsFalse(string name) => Assert.False(CountryNames.TryResolve(name, out _));
}
