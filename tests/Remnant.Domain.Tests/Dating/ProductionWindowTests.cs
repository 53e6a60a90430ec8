using Remnant.Domain.Dating;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Dating;

public sealed class ProductionWindowTests
{
    [Fact]
    public void Of_OverlappingEvidence_Intersection()
    {
        var window = ProductionWindow.Of(
        [
            new DatedEvidence("113", "juche", false, DateInterval.Year(2024)),
            new DatedEvidence("2436", "yyww", false, new DateInterval(D("2024-09-02"), D("2024-09-08"))),
        ]);

        Assert.Equal(new DateInterval(D("2024-09-02"), D("2024-09-08")), window.Interval);
        Assert.False(window.IsContradictory);
        Assert.Contains("2436 (yyww, accepted)", window.Explanation);
    }

    [Fact]
    public void Of_DisjointEvidence_ContradictionReportedNotHidden()
    {
        var window = ProductionWindow.Of(
        [
            new DatedEvidence("113", "juche", false, DateInterval.Year(2024)),
            new DatedEvidence("LC 80", "headstamp", false, DateInterval.Year(1980)),
            new DatedEvidence("2436", "yyww", false, new DateInterval(D("2024-09-02"), D("2024-09-08"))),
        ]);

        Assert.Null(window.Interval);
        Assert.True(window.IsContradictory);
        Assert.Equal(2, window.Contradictions.Count);
        Assert.All(window.Contradictions, c => Assert.Equal("LC 80 (headstamp, accepted)", c.First.Source));
        Assert.Contains("both cannot be true", window.Contradictions[0].Reason);
    }

    [Fact]
    public void Of_NoEvidence_Unknown()
    {
        var window = ProductionWindow.Of([]);

        Assert.Null(window.Interval);
        Assert.False(window.IsContradictory);
    }
}
