using Remnant.Domain.Decoding;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Decoding;

public sealed class CalendarDecoderTests
{
    [Theory]
    [InlineData("113", 2024, Confidence.Medium)]
    [InlineData("1", 1912, Confidence.Low)]
    [InlineData("37", 1948, Confidence.Low)]
    [InlineData("85", 1996, Confidence.Low)]
    [InlineData("86", 1997, Confidence.Medium)]
    [InlineData("100", 2011, Confidence.Medium)]
    [InlineData("110", 2021, Confidence.Medium)]
    public void Decode_JucheYear_IsWholeGregorianYear(string marking, int year, Confidence confidence)
    {
        var juche = Decode(marking, MarkingKind.Calendar).Only(DecodingSystems.Juche);

        Assert.Equal(new DateOnly(year, 1, 1), juche.From);
        Assert.Equal(new DateOnly(year, 12, 31), juche.To);
        Assert.Equal(confidence, juche.Confidence);
        Assert.Equal("KP", juche.Country?.Value);
    }

    [Fact]
    public void Decode_JucheBefore86_ReasonExplainsIntroduction() =>
        Assert.Contains("introduced in 1997", Decode("37", MarkingKind.Calendar).Only(DecodingSystems.Juche).Reason);

    [Fact]
    public void Decode_Zero_NoJucheOrMinguoAndRejected()
    {
        var result = Decode("0", MarkingKind.Calendar);

        Assert.DoesNotContain(result.Interpretations, i => i.System is DecodingSystems.Juche or DecodingSystems.Minguo);
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Juche && r.Reason.Contains("no year 0"));
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Minguo && r.Reason.Contains("no year 0"));
    }

    [Theory]
    [InlineData("KP", DecodingSystems.Juche, DecodingSystems.Minguo)]
    [InlineData("TW", DecodingSystems.Minguo, DecodingSystems.Juche)]
    public void Decode_113WithCountry_SameYearCountryPicksCalendar(string country, string first, string second)
    {
        var result = Decode("113", MarkingKind.Calendar, country);

        Assert.Equal(first, result.Interpretations[0].System);
        Assert.Equal(Confidence.High, result.Interpretations[0].Confidence);
        Assert.Contains($"country of manufacture, {country}", result.Interpretations[0].Reason);
        var other = result.Only(second);
        Assert.Equal(result.Interpretations[0].Interval, other.Interval);
        Assert.Equal(Confidence.Low, other.Confidence);
        Assert.Contains("ranked down", other.Reason);
    }

    [Theory]
    [InlineData("1358", "1979-03-21", "1980-03-20")]
    [InlineData("1389", "2010-03-21", "2011-03-20")]
    [InlineData("1402", "2023-03-21", "2024-03-19")]
    [InlineData("1403", "2024-03-20", "2025-03-20")]
    [InlineData("۱۳۵۸", "1979-03-21", "1980-03-20")]
    [InlineData("١٣٥٨", "1979-03-21", "1980-03-20")]
    [InlineData("۱۴۰۳", "2024-03-20", "2025-03-20")]
    public void Decode_SolarHijri_ExactNowruzBounds(string marking, string from, string to)
    {
        var solar = Decode(marking, MarkingKind.Calendar).Only(DecodingSystems.SolarHijri);

        Assert.Equal(D(from), solar.From);
        Assert.Equal(D(to), solar.To);
    }

    [Fact]
    public void Decode_PersianDigits_SolarHijriRankedFirst()
    {
        var result = Decode("۱۳۵۸", MarkingKind.Calendar);

        Assert.Equal(DecodingSystems.SolarHijri, result.Interpretations[0].System);
        Assert.Equal(Confidence.High, result.Interpretations[0].Confidence);
        Assert.True(result.Script.HasFlag(MarkingScript.PersianDigits));
    }

    [Theory]
    [InlineData("۲۵۳۵", "1976-03-21", "1977-03-20")]
    [InlineData("2535", "1976-03-21", "1977-03-20")]
    public void Decode_ImperialPersian_Subtract559(string marking, string from, string to)
    {
        var imperial = Decode(marking, MarkingKind.Calendar).Only(DecodingSystems.ImperialPersian);

        Assert.Equal(D(from), imperial.From);
        Assert.Equal(D(to), imperial.To);
    }

    [Fact]
    public void Decode_ImperialYearNeverUsed_Rejected() =>
        Assert.Contains(Decode("2540", MarkingKind.Calendar).Rejected, r => r.System == DecodingSystems.ImperialPersian);

    [Theory]
    [InlineData("1445", "2023-07-19", "2024-07-06")]
    [InlineData("١٤٤٥", "2023-07-19", "2024-07-06")]
    public void Decode_LunarHijri_UmmAlQuraBounds(string marking, string from, string to)
    {
        var lunar = Decode(marking, MarkingKind.Calendar).Only(DecodingSystems.LunarHijri);

        Assert.Equal(D(from), lunar.From);
        Assert.Equal(D(to), lunar.To);
    }

    [Theory]
    [InlineData("2567", "2024-01-01", "2024-12-31")]
    [InlineData("2500", "1957-01-01", "1957-12-31")]
    [InlineData("2484", "1941-01-01", "1941-12-31")]
    [InlineData("2483", "1940-04-01", "1940-12-31")]
    [InlineData("2482", "1939-04-01", "1940-03-31")]
    [InlineData("๒๕๖๗", "2024-01-01", "2024-12-31")]
    public void Decode_ThaiBuddhist_Minus543(string marking, string from, string to)
    {
        var thai = Decode(marking, MarkingKind.Calendar).Only(DecodingSystems.ThaiBuddhist);

        Assert.Equal(D(from), thai.From);
        Assert.Equal(D(to), thai.To);
    }

    [Theory]
    [InlineData("주체113", DecodingSystems.Juche, 2024)]
    [InlineData("民國113年", DecodingSystems.Minguo, 2024)]
    [InlineData("Juche 113", DecodingSystems.Juche, 2024)]
    [InlineData("۱۴۰۳ ه.ش", DecodingSystems.SolarHijri, 2024)]
    [InlineData("2567 พ.ศ.", DecodingSystems.ThaiBuddhist, 2024)]
    [InlineData("1967 г.", DecodingSystems.Gregorian, 1967)]
    public void Decode_EraWord_NamesOneCalendar(string marking, string system, int firstYear)
    {
        var result = Decode(marking, MarkingKind.Calendar);

        var only = Assert.Single(result.Interpretations);
        Assert.Equal(system, only.System);
        Assert.Equal(firstYear, only.From.Year);
        Assert.Equal(Confidence.High, only.Confidence);
    }

    [Theory]
    [InlineData("1967", 1967)]
    [InlineData("2024", 2024)]
    public void Decode_FourDigitGregorian_WholeYear(string marking, int year) =>
        Assert.Equal(DateInterval(year), Decode(marking, MarkingKind.Calendar).Only(DecodingSystems.Gregorian).Interval);

    [Fact]
    public void Decode_TwoDigitYear_BothCenturiesNotFuture()
    {
        var years = Decode("23", MarkingKind.Calendar).Interpretations
            .Where(i => i.System == DecodingSystems.Gregorian).Select(i => i.From.Year).Order().ToArray();

        Assert.Equal([1923, 2023], years);
        Assert.Equal([1967], Decode("67", MarkingKind.Calendar).Interpretations
            .Where(i => i.System == DecodingSystems.Gregorian).Select(i => i.From.Year).ToArray());
    }

    [Fact]
    public void Decode_CurrentJucheYear_EndsToday()
    {
        var juche = Decode("115", MarkingKind.Calendar).Only(DecodingSystems.Juche);

        Assert.Equal(new DateOnly(2026, 1, 1), juche.From);
        Assert.Equal(Today, juche.To);
    }

    [Fact]
    public void Decode_FutureJucheYear_Rejected()
    {
        var result = Decode("116", MarkingKind.Calendar);

        Assert.DoesNotContain(result.Interpretations, i => i.System == DecodingSystems.Juche);
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Juche && r.Reason.Contains("after today"));
    }

    private static Remnant.Domain.Dating.DateInterval DateInterval(int year) => Remnant.Domain.Dating.DateInterval.Year(year);
}
