using Remnant.Domain.Tracing;

namespace Remnant.Domain.Tests.Tracing;

public sealed class TraceStatisticsTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("7", 7.0)]
    [InlineData("10,2", 6.0)]
    [InlineData("30,10,20", 20.0)]
    [InlineData("1,2,3,100", 2.5)]
    public void Median_Table(string values, double? expected)
    {
        var list = values.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        Assert.Equal(expected, TraceStatistics.Median(list));
    }

    private static TraceOutcome O(string party, string? country, TraceStatus status, int? days = null) => new(party, country, status, days);

    private static readonly TraceOutcome[] Outcomes =
    [
        O("maker", "DE", TraceStatus.Answered, 20), O("maker", "DE", TraceStatus.Answered, 40), O("maker", "DE", TraceStatus.Refused),
        O("maker", "DE", TraceStatus.Draft),
        O("ministry", "RU", TraceStatus.NoResponse), O("ministry", "RU", TraceStatus.Sent), O("ministry", "RU", TraceStatus.Acknowledged),
        O("broker", null, TraceStatus.Answered, 5),
    ];

    [Fact]
    public void By_Party_CountsWithDenominatorsDraftsLeftOut()
    {
        var rows = TraceStatistics.By(Outcomes, o => o.RecipientPartyId);
        Assert.Equal(["maker", "ministry", "broker"], rows.Select(r => r.Key));
        var maker = rows[0];
        Assert.Equal(3, maker.Requests);
        Assert.Equal(new Ratio(2, 3), maker.Answered);
        Assert.Equal(new Ratio(1, 3), maker.Refused);
        Assert.Equal(new Ratio(3, 3), maker.Responded);
        Assert.Equal((30.0, 2), (maker.MedianDaysToAnswer, maker.MedianOf));
        var ministry = rows[1];
        Assert.Equal((new Ratio(0, 3), new Ratio(1, 3), new Ratio(2, 3)), (ministry.Answered, ministry.NoResponse, ministry.Open));
        Assert.Null(ministry.Answered.Rate is 0 ? null : ministry.MedianDaysToAnswer);
        Assert.Equal(0.0, ministry.Responded.Rate);
    }

    [Fact]
    public void Total_AllSent()
    {
        var total = TraceStatistics.Total(Outcomes);
        Assert.Equal(7, total.Requests);
        Assert.Equal(new Ratio(3, 7), total.Answered);
        Assert.Equal(20.0, total.MedianDaysToAnswer);
        Assert.Equal(3, total.MedianOf);
    }

    [Fact]
    public void Ratio_ZeroDenominator_NoRate() => Assert.Null(new Ratio(0, 0).Rate);
}
