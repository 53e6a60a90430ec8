using CsCheck;
using Remnant.Domain.Tracing;
using static Remnant.Domain.Tests.Tracing.ChainRulesTests;

namespace Remnant.Domain.Tests.Tracing;

public sealed class ItemChainTests
{
    private const string Chain = "M>E 2015-01-01; E>S 2016-01-01; S>G 2018-01-01; G>U 2023-01-01";

    private static DiversionPoint Mark(string last, string? first = null) =>
        new() { Id = "div-1", ItemId = "item-1", LastLegalHolderId = last, FirstIllicitHolderId = first, MarkedBy = "tester" };

    [Theory]
    [InlineData(null, null, "U,U,U,U", null)]
    [InlineData("S", "G", "L,L,D,A", null)]        // the diversion is a recorded link
    [InlineData("S", null, "L,L,A,A", 1)]          // between links: after the last link into S
    [InlineData("S", "Z", "L,L,A,A", 1)]           // first illicit holder not in the chain
    [InlineData("M", null, "A,A,A,A", -1)]         // the maker is the last legal holder
    [InlineData("Q", null, "U,U,U,U", 3)]          // holder gone from the chain: stale, nothing assessed
    public void Build_Phases(string? last, string? first, string phases, int? markerAfter)
    {
        var chain = ItemChain.Build(Links(Chain), last is null ? null : Mark(last, first));
        Assert.Equal(phases, string.Join(",", chain.Steps.Select(s => s.Phase.ToString()[0])));
        Assert.Equal(markerAfter, chain.MarkerAfter);
        Assert.Equal(last == "Q", chain.MarkIsStale);
    }

    [Fact]
    public void Build_Gap_MarkedAsNotFollowingOn()
    {
        var chain = ItemChain.Build(Links("M>E 2015-01-01; S>G 2018-01-01"), null);
        Assert.Equal([false, false], chain.Steps.Select(s => s.FollowsOn));
        var continuous = ItemChain.Build(Links("M>E 2015-01-01; E>S 2016-01-01"), null);
        Assert.Equal([false, true], continuous.Steps.Select(s => s.FollowsOn));
    }

    private static readonly string[] Accusing = ["illicit", "illegal", "divert", "wrongdo", "violat", "smuggl", "traffick", "breach", "unlawful"];

    [Fact]
    public void Describe_LegalLinks_NeverAccuse()
    {
        var parties = Gen.OneOf("M", "E", "S", "G", "U", "B");
        var link = Gen.Select(parties, parties, Gen.Int[2000, 2025], Gen.Enum<Confidence>())
            .Where((f, t, _, _) => f != t)
            .Select((f, t, y, c) => new ChainLink($"t{f}{t}{y}", f, t, new DateOnly(y, 1, 1), null, c, ChainMatch.Item));
        Gen.Select(link.Array[1, 8], parties, parties.Null(0.3)).Sample((links, last, first) =>
        {
            var chain = ItemChain.Build(links, Mark(last, first));
            return chain.Steps.Where(s => s.Phase is ChainPhase.Legal or ChainPhase.Unassessed)
                .Select(s => ChainWording.Describe(s, p => p))
                .All(text => !Accusing.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));
        });
    }

    [Fact]
    public void Describe_PrivateIndividualRedactedByCaller()
    {
        var step = ItemChain.Build(Links("M>P 2015-01-01..2015-06-30"), null).Steps.Single();
        var text = ChainWording.Describe(step, p => p == "P" ? ChainWording.PrivateIndividual : "Maker");
        Assert.Equal("Maker → a private individual, 2015-01-01 – 2015-06-30: recorded transfer (confirmed).", text);
    }

    [Fact]
    public void DescribeMark_AllParts()
    {
        var mark = Mark("S", "G");
        mark.DivertedOn = new DateOnly(2018, 1, 1);
        mark.Place = "Port of Hodeidah";
        mark.Country = "YE";
        Assert.Equal("Point of diversion: the item left legal hands after S, the last legal holder; first illicit holder: G; date: 2018-01-01; place: Port of Hodeidah, YE.",
            ChainWording.DescribeMark(mark, p => p));
    }
}
