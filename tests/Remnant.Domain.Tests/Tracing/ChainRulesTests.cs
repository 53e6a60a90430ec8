using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Tests.Tracing;

public sealed class ChainRulesTests
{
    // "A>B 2010-01-01" or "A>B 2010-01-01..2010-06-30"; links get ids t0, t1... in order.
    internal static IReadOnlyList<ChainLink> Links(string spec) =>
        spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((s, i) => Link(s, $"t{i}")).ToList();

    internal static ChainLink Link(string spec, string id = "new")
    {
        var parts = spec.Split(' ');
        var parties = parts[0].Split('>');
        var dates = parts[1].Split("..");
        return new ChainLink(id, parties[0], parties[1], DateOnly.Parse(dates[0]), dates.Length > 1 ? DateOnly.Parse(dates[1]) : null,
            Confidence.Confirmed, ChainMatch.Item);
    }

    [Theory]
    [InlineData("", "A>B 2010-01-01", null, "")]
    [InlineData("A>B 2010-01-01", "B>C 2011-01-01", null, "")]
    [InlineData("A>B 2010-01-01", "C>D 2005-01-01", null, "")]                      // a gap: allowed
    [InlineData("A>B 2010-01-01", "B>A 2011-01-01", null, "toPartyId")]             // A→B→A
    [InlineData("A>B 2010-01-01", "B>A 2009-01-01", null, "toPartyId")]             // and against time
    [InlineData("A>B 2010-01-01; B>C 2011-01-01", "C>A 2012-01-01", null, "toPartyId")] // the same parties looping
    [InlineData("A>B 2010-01-01; B>C 2011-01-01", "C>D 2012-01-01", null, "")]
    [InlineData("A>B 2010-01-01; B>C 2011-01-01", "X>B 2015-01-01", null, "startDate")] // B passed it on before receiving it
    [InlineData("A>B 2010-01-01; B>C 2011-01-01", "C>D 2010-06-01", null, "startDate")] // C gave it before it got it
    [InlineData("A>B 2010-01-01..2010-12-31", "B>C 2010-06-01", null, "")]           // overlapping period: possible
    [InlineData("A>B 2010-01-01", "B>C 2011-01-01", "2010-12-31", "startDate")]     // after the recovery
    [InlineData("A>B 2010-01-01", "B>C 2010-12-31", "2010-12-31", "")]
    public void Check_Examples(string chain, string proposed, string? recoveredOn, string expected)
    {
        var errors = new ValidationErrors();
        ChainRules.Check(Links(chain), Link(proposed), "item-1", recoveredOn is null ? null : DateOnly.Parse(recoveredOn), p => p, errors);
        Assert.Equal(expected, string.Join(",", errors.Fields.Select(f => f.Key)));
    }

    [Fact]
    public void Check_Loop_MessageShowsTheLoopAndPrefixedField()
    {
        var errors = new ValidationErrors();
        ChainRules.Check(Links("A>B 2010-01-01; B>C 2011-01-01"), Link("C>A 2012-01-01"), "item-1", null, p => $"[{p}]", errors, "transfers[2].");
        var (field, messages) = Assert.Single(errors.Fields);
        Assert.Equal("transfers[2].toPartyId", field);
        Assert.Contains("[A] → [B] → [C]", messages.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A>B 2010-01-01; B>C 2011-01-01; C>D 2012-01-01", "A", "D", "A,B,C,D")]
    [InlineData("A>B 2010-01-01; C>D 2012-01-01", "A", "D", null)]
    [InlineData("A>B 2010-01-01", "B", "A", null)]
    public void PathBetween_Examples(string chain, string from, string to, string? expected)
    {
        var path = ChainRules.PathBetween(Links(chain), from, to);
        Assert.Equal(expected, path is null ? null : string.Join(",", path));
    }

    [Theory]
    [InlineData("B>C 2011-01-01; A>B 2010-01-01; C>D 2012-01-01", "A>B,B>C,C>D")]
    [InlineData("B>C 2010-01-01; A>B 2010-01-01", "A>B,B>C")]            // same day: hand-over order
    [InlineData("C>D 2010-01-01; B>C 2010-01-01; A>B 2010-01-01", "A>B,B>C,C>D")]
    [InlineData("A>B 2010-01-01..2010-12-31; X>Y 2010-01-01", "X>Y,A>B")] // a single day before a year starting that day
    public void InTimeOrder_Examples(string chain, string expected)
    {
        var ordered = ChainLink.InTimeOrder(Links(chain));
        Assert.Equal(expected, string.Join(",", ordered.Select(l => $"{l.FromPartyId}>{l.ToPartyId}")));
    }
}
