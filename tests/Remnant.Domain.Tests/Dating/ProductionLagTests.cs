using Remnant.Domain.Dating;
using Remnant.Domain.Decoding;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Dating;

public sealed class ProductionLagTests
{
    [Fact]
    public void Between_Juche113AndStrike20240818_AtMost230Days()
    {
        var juche = Decode("113", MarkingKind.Calendar, "KP").Best!;

        var lag = ProductionLag.Between(juche.Interval, D("2024-08-18"));

        // 2024-08-18 minus 2024-01-01: 31+29+31+30+31+30+31 = 213 days to 1 August, +17 = 230.
        Assert.Equal((0, 230), (lag.MinDays, lag.MaxDays));
        Assert.Equal("at most 230 days", lag.Wording);
        Assert.False(lag.IsContradiction);
    }

    [Theory]
    [InlineData(null, "2023-11-01", "2024-08-18", 291, null, "at least 9 months")]
    [InlineData(null, "2024-08-10", "2024-08-18", 8, null, "at least 8 days")]
    [InlineData("1967-01-01", "1967-12-31", "2024-08-18", 20685, 21049, "at least 56 years, at most 58 years")]
    [InlineData("2023-03-06", null, "2024-01-02", 0, 302, "at most 302 days")]
    [InlineData("2022-01-01", null, "2024-01-02", 0, 731, "at most 25 months")]
    [InlineData("2024-08-18", "2024-08-18", "2024-08-18", 0, 0, "at most 0 days")]
    [InlineData(null, null, "2024-08-18", 0, null, "unknown: production is not bounded")]
    public void Between_Bounds_DaysAndWording(string? notBefore, string? notAfter, string use, int? min, int? max, string wording)
    {
        var lag = ProductionLag.Between(notBefore is null ? null : D(notBefore), notAfter is null ? null : D(notAfter), D(use));

        Assert.Equal((min, max, wording), (lag.MinDays, lag.MaxDays, lag.Wording));
    }

    [Fact]
    public void Between_ProductionAfterUse_Contradiction()
    {
        var lag = ProductionLag.Between(DateInterval.Year(2025), D("2024-08-18"));

        Assert.True(lag.IsContradiction);
        Assert.Null(lag.MaxDays);
        Assert.Contains("contradiction", lag.Wording);
    }
}
