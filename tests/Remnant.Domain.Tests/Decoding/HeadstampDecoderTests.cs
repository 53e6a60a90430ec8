using Remnant.Domain.Decoding;
using Remnant.Domain.Items;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Decoding;

public sealed class HeadstampDecoderTests
{
    [Theory]
    [InlineData("539 67", "Tula", "RU", "1967-01-01", "1967-12-31")]
    [InlineData("ТПЗ 67", "Tula", "RU", "1967-01-01", "1967-12-31")]
    [InlineData("тпз 67", "Tula", "RU", "1967-01-01", "1967-12-31")]
    [InlineData("67 539", "Tula", "RU", "1967-01-01", "1967-12-31")]
    [InlineData("38 40", "Tula", "RU", "1940-01-01", "1940-12-31")]
    [InlineData("38 43", "Yuryuzan", "RU", "1943-01-01", "1943-12-31")]
    [InlineData("71/89", "Factory 71", "CN", "1989-01-01", "1989-12-31")]
    [InlineData("311/86", "Factory 311", "CN", "1986-01-01", "1986-12-31")]
    [InlineData("LC 80", "Lake City Army Ammunition Plant", "US", "1980-01-01", "1980-12-31")]
    [InlineData("LC80", "Lake City Army Ammunition Plant", "US", "1980-01-01", "1980-12-31")]
    [InlineData("LC 05", "Lake City Army Ammunition Plant", "US", "2005-01-01", "2005-12-31")]
    public void Decode_Headstamp_FactoryAndYear(string marking, string factory, string country, string from, string to)
    {
        var headstamp = Decode(marking, MarkingKind.Headstamp).Only(DecodingSystems.Headstamp);

        Assert.Equal(factory, headstamp.Fields["factory"]);
        Assert.Equal(country, headstamp.Country?.Value);
        Assert.Equal(D(from), headstamp.From);
        Assert.Equal(D(to), headstamp.To);
    }

    [Fact]
    public void Decode_38In1941_BothFactoriesCutToTheirMonths()
    {
        var readings = Decode("38 41", MarkingKind.Headstamp).Interpretations.ToDictionary(i => i.Fields["factory"]);

        Assert.Equal((D("1941-01-01"), D("1941-10-31")), (readings["Tula"].From, readings["Tula"].To));
        Assert.Equal((D("1941-10-01"), D("1941-12-31")), (readings["Yuryuzan"].From, readings["Yuryuzan"].To));
    }

    [Fact]
    public void Decode_38In1943_TulaRejectedWithValidity() =>
        Assert.Contains(Decode("38 43", MarkingKind.Headstamp).Rejected, r => r.Reason.Contains("Tula only until 1941-10-31"));

    [Fact]
    public void Decode_LcBeforePlantOpened_OnlyTheCenturyThatFits()
    {
        var result = Decode("LC 05", MarkingKind.Headstamp);

        Assert.Single(result.Interpretations);
        Assert.Contains(result.Rejected, r => r.Reason.Contains("1905"));
    }

    [Theory]
    [InlineData("⊕ LC 80")]
    [InlineData("LC NATO 80")]
    public void Decode_NatoMark_RecordedAsField(string marking) =>
        Assert.Equal("true", Decode(marking, MarkingKind.Headstamp).Only(DecodingSystems.Headstamp).Fields["nato"]);

    [Fact]
    public void Decode_NatoMarkOnSovietCode_RankedDownAsPossiblyFalse()
    {
        var reading = Decode("⊕ 539 67", MarkingKind.Headstamp).Only(DecodingSystems.Headstamp);

        Assert.Equal(Confidence.Medium, reading.Confidence);
        Assert.Contains("copied or false", reading.Reason);
    }

    [Fact]
    public void Decode_UnknownCode_YearWithLowConfidence()
    {
        var reading = Decode("999 75", MarkingKind.Headstamp).Only(DecodingSystems.Headstamp);

        Assert.Equal(Confidence.Low, reading.Confidence);
        Assert.Equal(1975, reading.From.Year);
        Assert.Contains("not in the reference table", reading.Reason);
    }

    [Theory]
    [InlineData("화성-11")]
    [InlineData("民國 11")]
    public void Decode_UnknownNonLatinCode_NotAHeadstamp(string marking)
    {
        Assert.DoesNotContain(Decode(marking).Interpretations, i => i.System == DecodingSystems.Headstamp);
        Assert.Contains(Decode(marking, MarkingKind.Headstamp).Rejected, r => r.Reason.Contains("not a known factory code"));
    }

    [Fact]
    public void Decode_UnverifiedRow_MediumAndSaysSo()
    {
        var reading = Decode("711 85", MarkingKind.Headstamp).Only(DecodingSystems.Headstamp);

        Assert.Equal(Confidence.Medium, reading.Confidence);
        Assert.Contains("unverified", reading.Reason);
    }

    [Theory]
    [InlineData("none", MarkingKind.Headstamp, null)]
    [InlineData("no headstamp", MarkingKind.Auto, null)]
    [InlineData("unmarked", MarkingKind.Auto, ItemCategory.Ammunition)]
    public void Decode_NoHeadstamp_RecordedAsFactNotDate(string marking, MarkingKind kind, ItemCategory? category)
    {
        var result = Decoder.Decode(marking, Context() with { Category = category }, kind);

        Assert.Empty(result.Interpretations);
        var fact = Assert.Single(result.Facts);
        Assert.Equal(("headstamp", "absent"), (fact.System, fact.Name));
    }

    [Fact]
    public void Decode_AmmunitionContext_HeadstampFirst()
    {
        var result = Decoder.Decode("17 43", Context() with { Category = ItemCategory.Ammunition });

        Assert.Equal(DecodingSystems.Headstamp, result.Interpretations[0].System);
    }
}
