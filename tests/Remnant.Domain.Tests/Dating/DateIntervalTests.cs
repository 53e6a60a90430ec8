using Remnant.Domain.Dating;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Dating;

public sealed class DateIntervalTests
{
    [Fact]
    public void New_FromAfterTo_Throws() =>
        Assert.Throws<ArgumentException>(() => new DateInterval(D("2024-01-02"), D("2024-01-01")));

    [Theory]
    [InlineData(2024, 366)]
    [InlineData(2023, 365)]
    public void Year_CoversWholeYear(int year, int days) => Assert.Equal(days, DateInterval.Year(year).Days);

    [Fact]
    public void Month_February2024_29Days() =>
        Assert.Equal(new DateInterval(D("2024-02-01"), D("2024-02-29")), DateInterval.Month(2024, 2));

    [Fact]
    public void Intersect_Disjoint_Null() => Assert.Null(DateInterval.Year(2023).Intersect(DateInterval.Year(2024)));

    [Fact]
    public void ToString_IsoRange() => Assert.Equal("2024-01-01..2024-12-31", DateInterval.Year(2024).ToString());
}
