using Remnant.Domain.Decoding;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Decoding;

public sealed class DateCodeDecoderTests
{
    [Theory]
    [InlineData("2436", "2024-09-02", "2024-09-08")]
    [InlineData("2001", "2019-12-30", "2020-01-05")]
    [InlineData("9832", "1998-08-03", "1998-08-09")]
    [InlineData("0501", "2005-01-03", "2005-01-09")]
    [InlineData("2053", "2020-12-28", "2021-01-03")]
    [InlineData("2301", "2023-01-02", "2023-01-08")]
    [InlineData("2310", "2023-03-06", "2023-03-12")]
    [InlineData("2252", "2022-12-26", "2023-01-01")]
    [InlineData("2436A", "2024-09-02", "2024-09-08")]
    public void Decode_Yyww_WholeIsoWeekMondayToSunday(string marking, string from, string to)
    {
        var yyww = Decode(marking, MarkingKind.DateCode).Only(DecodingSystems.Yyww);

        Assert.Equal(D(from), yyww.From);
        Assert.Equal(D(to), yyww.To);
        Assert.Equal(DayOfWeek.Monday, yyww.From.DayOfWeek);
    }

    [Fact]
    public void Decode_Week53InShortYear_FlaggedNotDated()
    {
        var result = Decode("2153", MarkingKind.DateCode);

        Assert.DoesNotContain(result.Interpretations, i => i.System == DecodingSystems.Yyww);
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Yyww && r.Reason.Contains("52 ISO weeks") && r.Reason.Contains("counterfeit"));
    }

    [Theory]
    [InlineData(2004)]
    [InlineData(2009)]
    [InlineData(2015)]
    [InlineData(2020)]
    public void Decode_Week53InLongYear_Accepted(int year) =>
        Assert.Equal(year.ToString(), Decode($"{year % 100:00}53", MarkingKind.DateCode).Only(DecodingSystems.Yyww).Fields["year"]);

    [Fact]
    public void Decode_Yww342_EveryDecadeWithoutContext()
    {
        var years = Decode("342", MarkingKind.DateCode).Interpretations
            .Where(i => i.System == DecodingSystems.Yww).Select(i => i.From.Year).Order().ToArray();

        Assert.Equal([1993, 2003, 2013, 2023], years);
        Assert.Equal(D("2003-10-13"), Decode("342", MarkingKind.DateCode).Interpretations.Single(i => i.System == DecodingSystems.Yww && i.From.Year == 2003).From);
    }

    [Fact]
    public void Decode_Yww342WithEra_EraPicksDecade()
    {
        var era = new Remnant.Domain.Dating.DateInterval(D("2000-01-01"), D("2009-12-31"));
        var result = Decoder.Decode("342", Context() with { Era = era }, MarkingKind.DateCode);

        var only = result.Only(DecodingSystems.Yww);
        Assert.Equal(2003, only.From.Year);
        Assert.Equal(Confidence.Medium, only.Confidence);
        Assert.Equal(3, result.Rejected.Count(r => r.Reason.Contains("outside the era window")));
    }

    [Fact]
    public void Decode_Ymmdd31203_ThirdDecember2003()
    {
        var days = Decode("31203", MarkingKind.DateCode).Interpretations.Where(i => i.System == DecodingSystems.Ymmdd).ToList();

        var reading = Assert.Single(days, d => d.From.Year == 2003);
        Assert.Equal((D("2003-12-03"), D("2003-12-03")), (reading.From, reading.To));
    }

    [Theory]
    [InlineData("31303", "month 13")]
    [InlineData("30230", "no day 30")]
    public void Decode_YmmddImpossible_Rejected(string marking, string why) =>
        Assert.Contains(Decode(marking, MarkingKind.DateCode).Rejected, r => r.System == DecodingSystems.Ymmdd && r.Reason.Contains(why));

    [Fact]
    public void Decode_Wwyy_WeekThenYear()
    {
        var wwyy = Decode("3622", MarkingKind.DateCode).Only(DecodingSystems.Wwyy);

        Assert.Equal((D("2022-09-05"), D("2022-09-11")), (wwyy.From, wwyy.To));
    }

    [Fact]
    public void Decode_WeekAfterToday_Rejected()
    {
        var result = Decode("2652", MarkingKind.DateCode);

        Assert.DoesNotContain(result.Interpretations, i => i.System == DecodingSystems.Yyww);
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Yyww && r.Reason.Contains("after today"));
    }

    [Fact]
    public void Decode_WeekHoldingToday_EndsToday()
    {
        var yyww = Decode("2625", MarkingKind.DateCode).Only(DecodingSystems.Yyww);

        Assert.Equal((D("2026-06-15"), Today), (yyww.From, yyww.To));
    }

    [Fact]
    public void Decode_KnownMaker_PicksItsFormatAndRejectsOthers()
    {
        var result = Decoder.Decode("2001", Context() with { Maker = "Texas Instruments Inc." }, MarkingKind.DateCode);

        var only = Assert.Single(result.Interpretations);
        Assert.Equal(DecodingSystems.Yyww, only.System);
        Assert.Equal(Confidence.High, only.Confidence);
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Wwyy && r.Reason.Contains("Texas Instruments marks YYWW"));
    }
}
