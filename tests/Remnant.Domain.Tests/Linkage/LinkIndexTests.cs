using Remnant.Domain.Linkage;

namespace Remnant.Domain.Tests.Linkage;

public sealed class LinkIndexTests
{
    // Public reporting: a Kornet missile recovered in Yemen shared its lot with five seized
    // from a dhow, and its serial fell in the same sequence.
    private static IEnumerable<LinkItem> DhowAndYemen()
    {
        for (var i = 0; i < 5; i++)
        {
            yield return new LinkItem($"dhow-{i}", "rec-dhow", "case-dhow", "OM", "Missile", "KBP", "9M133-1",
                Serial: $"N15001{31 + i}", Lot: "05-12");
        }
        yield return new LinkItem("yemen-1", "rec-yemen", "case-yemen", "YE", "Missile", "kbp", "9M133-1",
            Serial: "N1500160", Lot: "05-12");
    }

    [Fact]
    public void Upsert_KornetInYemen_LinksToEveryDhowMissileByLotAndSequence()
    {
        var index = new LinkIndex();
        index.Rebuild(DhowAndYemen().Take(5));
        var links = index.Upsert(DhowAndYemen().Last());
        Assert.Equal(5, links.Count(l => l.Kind == LinkKind.SameMakerAndLot));
        Assert.Equal(5, links.Count(l => l.Kind == LinkKind.SerialSequence));
        Assert.Contains(links, l => l.Reason == "serials 'N1500160' and 'N1500131' in sequence: pattern N#######, 29 apart");
        Assert.Contains(links, l => l.Reason == "same maker 'kbp' and lot '05-12'");
    }

    [Fact]
    public void Rebuild_SameRecovery_NeverLinks()
    {
        var index = new LinkIndex();
        index.Rebuild(DhowAndYemen().Take(5));
        Assert.Empty(index.AllLinks());
    }

    [Fact]
    public void AllLinks_DhowAndYemen_EachPairAndKindOnce()
    {
        var index = new LinkIndex();
        index.Rebuild(DhowAndYemen());
        var all = index.AllLinks().ToList();
        Assert.Equal(10, all.Count);
        Assert.Equal(all.Count, all.Select(l => (l.FirstItemId, l.SecondItemId, l.Kind)).Distinct().Count());
    }

    [Theory]
    [InlineData("N1500131", "N1500231", 100, true)]
    [InlineData("N1500131", "N1500232", 100, false)]   // 101 apart
    [InlineData("N1500131", "N1500232", 200, true)]
    [InlineData("N1500131", "M1500132", 100, false)]   // other prefix
    [InlineData("N1500131", "N15001311", 100, false)]  // other digit count
    [InlineData("KE 1523", "КЕ-1524", 100, true)]       // Cyrillic look-alikes fold
    [InlineData("12", "13", 100, false)]               // too short to sequence
    public void Upsert_Serials_LinkWithinWindowOfSamePattern(string a, string b, int window, bool linked)
    {
        var index = new LinkIndex(new LinkOptions { SerialWindow = window });
        index.Upsert(new LinkItem("a", "r1", Category: "SmallArm", Serial: a));
        var links = index.Upsert(new LinkItem("b", "r2", Category: "SmallArm", Serial: b));
        Assert.Equal(linked, links.Any(l => l.Kind == LinkKind.SerialSequence));
    }

    [Theory]
    [InlineData("case-1", "UA", "case-2", "UA", "L1", "L1", true)]
    [InlineData("case-1", "UA", "case-1", "RU", null, null, true)]
    [InlineData("case-1", "UA", "case-1", "UA", null, null, false)]   // same case and country
    [InlineData("case-1", "UA", "case-2", "UA", "L1", "L2", false)]   // lots differ
    public void Upsert_Components_LinkByPartNumberAndDateCode(string caseA, string countryA, string caseB, string countryB,
        string? lotA, string? lotB, bool linked)
    {
        var index = new LinkIndex();
        index.Upsert(new LinkItem("a", "r1", caseA, countryA, "Component", "Analog Devices", "ADM3232E", Lot: lotA, DateCodes: ["2147"]));
        var links = index.Upsert(new LinkItem("b", "r2", caseB, countryB, "Component", "Analog Devices", "ADM 3232E", Lot: lotB, DateCodes: ["2147", "2203"]));
        Assert.Equal(linked, links.Any(l => l.Kind == LinkKind.SameComponentBatch));
    }

    [Fact]
    public void Upsert_SameBoxMarkingAndPhoto_Link()
    {
        var index = new LinkIndex();
        index.Upsert(new LinkItem("a", "r1", BoxMarkings: ["9М133-1 ПАРТИЯ 05-12"], PhotoHashes: ["AB12CD34EF56AB12CD34"]));
        var links = index.Upsert(new LinkItem("b", "r2", BoxMarkings: ["9M133 1 партия 0512"], PhotoHashes: ["ab12cd34ef56ab12cd34"]));
        Assert.Contains(links, l => l.Kind == LinkKind.SameBoxMarking);
        Assert.Contains(links, l => l.Kind == LinkKind.SamePhoto && l.Reason.StartsWith("same photo (SHA-256 ab12cd34ef56", StringComparison.Ordinal));
    }

    [Fact]
    public void Upsert_ChangedItem_DropsOldLinks()
    {
        var index = new LinkIndex();
        index.Rebuild(DhowAndYemen());
        index.Upsert(new LinkItem("yemen-1", "rec-yemen", Serial: "Z999", Lot: "99-99", Maker: "Other"));
        Assert.Empty(index.LinksFor("yemen-1"));
        Assert.Empty(index.LinksFor("dhow-0"));
        Assert.True(index.Remove("yemen-1"));
        Assert.False(index.Remove("yemen-1"));
    }

    [Fact]
    public void Upsert_BigLot_CapsLinksPerRule()
    {
        var index = new LinkIndex(new LinkOptions { MaxLinksPerRule = 10 });
        index.Rebuild(Enumerable.Range(0, 50).Select(i => new LinkItem($"c{i}", $"r{i}", Maker: "LVE", Lot: "271-84")));
        Assert.Equal(10, index.LinksFor("c0").Count);
    }
}
