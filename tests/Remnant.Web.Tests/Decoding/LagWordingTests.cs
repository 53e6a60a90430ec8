using System.Globalization;
using Microsoft.Extensions.Localization;
using Remnant.Domain.Dating;
using Remnant.Web.Features.Dating;

namespace Remnant.Web.Tests.Decoding;

/// <summary>Arabic counts agree with their number: one, two, three to ten (plural), eleven to 99
/// (singular accusative), and the hundreds by their last two digits.</summary>
public sealed class LagWordingTests
{
    [Theory]
    [InlineData(1, LagUnit.Day, "يوم واحد")]
    [InlineData(2, LagUnit.Month, "شهران")]
    [InlineData(3, LagUnit.Day, "3 أيام")]
    [InlineData(10, LagUnit.Year, "10 سنوات")]
    [InlineData(11, LagUnit.Month, "11 شهرًا")]
    [InlineData(230, LagUnit.Day, "230 يومًا")]
    [InlineData(200, LagUnit.Day, "200 يوم")]
    [InlineData(105, LagUnit.Day, "105 أيام")]
    public void Span_Arabic_AgreesWithTheNumber(int count, LagUnit unit, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try { Assert.Equal(expected, LagWording.Span(new NullLocalizer(), new LagSpan(count, unit))); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void Span_English_IsTheDomainWording() => Assert.Equal("230 days", new LagSpan(230, LagUnit.Day).ToString());

    private sealed class NullLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
