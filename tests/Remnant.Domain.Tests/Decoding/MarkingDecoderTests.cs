using Remnant.Domain.Decoding;
using Remnant.Domain.Items;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Decoding;

public sealed class MarkingDecoderTests
{
    public static TheoryData<string?> BadInputs => new()
    {
        null,
        "",
        "   \t ",
        new string('1', 10_000),
        "\u0007113",
        "\u202E311",
        "11\u202C3",
        "\u2067113\u2069",
        "1۱3",
        "١۱",
        "113\u0301",
        "---///",
        "12345678901234567890",
        "99999",
        "주체ش113",
        "ꙮꙮꙮ",
        "A B C D E F G H I",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Decode_BadInput_NoInterpretationsButReasons(string? marking)
    {
        var result = Decode(marking);

        Assert.Empty(result.Interpretations);
        Assert.NotEmpty(result.Rejected);
        Assert.All(result.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal(marking ?? "", result.Marking);
    }

    [Theory]
    [InlineData("\u202E311", "U+202E")]
    [InlineData("1۱3", "mixes digit systems")]
    [InlineData("", "empty")]
    public void Decode_UntrustworthyInput_SaysWhy(string marking, string why) =>
        Assert.Contains(Decode(marking).Rejected, r => r.System == DecodingSystems.Input && r.Reason.Contains(why));

    // Built at run time: test discovery would replace a lone surrogate in attribute data with U+FFFD.
    [Fact]
    public void Decode_LoneSurrogate_NoInterpretationsAndSaysWhy()
    {
        foreach (var marking in new[] { "1" + (char)0xD800, (char)0xDC00 + "113", "11" + (char)0xDBFF + "3" })
        {
            var result = Decode(marking);

            Assert.Empty(result.Interpretations);
            Assert.Contains(result.Rejected, r => r.System == DecodingSystems.Input && r.Reason.Contains("lone surrogate"));
        }
    }

    [Fact]
    public void Decode_LongInput_KeepsRawTextUnchanged()
    {
        var raw = new string('x', 10_000);

        Assert.Same(raw, Decode(raw).Marking);
    }

    [Fact]
    public void Decode_113AutoWithKp_JucheFirstWithReason()
    {
        var best = Decode("113", country: "KP").Best!;

        Assert.Equal(DecodingSystems.Juche, best.System);
        Assert.Equal((D("2024-01-01"), D("2024-12-31")), (best.From, best.To));
        Assert.Contains("KP", best.Reason);
    }

    [Fact]
    public void Decode_113AutoWithoutContext_CalendarsAndYwwAllStand()
    {
        var systems = Decode("113").Interpretations.Select(i => i.System).ToHashSet();

        Assert.Superset(new HashSet<string> { DecodingSystems.Juche, DecodingSystems.Minguo, DecodingSystems.Yww }, systems);
    }

    [Fact]
    public void Decode_ComponentCategory_DateCodeFirst()
    {
        var result = Decoder.Decode("2001", Context() with { Category = ItemCategory.Component });

        Assert.Equal(DecodingSystems.Yyww, result.Interpretations[0].System);
        Assert.Contains(result.Interpretations, i => i.System == DecodingSystems.Gregorian);
    }

    [Fact]
    public void Decode_ContextScriptOverridesDetection()
    {
        var result = Decoder.Decode("1358", Context() with { Script = MarkingScript.PersianDigits }, MarkingKind.Calendar);

        Assert.Equal(DecodingSystems.SolarHijri, result.Best!.System);
    }

    [Theory]
    [InlineData("113", MarkingKind.Auto)]
    [InlineData("539 67", MarkingKind.Auto)]
    [InlineData("2436", MarkingKind.DateCode)]
    [InlineData("XYZ07D006-004", MarkingKind.Lot)]
    [InlineData("۱۴۰۳", MarkingKind.Calendar)]
    public void Decode_AnyInterpretation_HasReasonAndOrderedInterval(string marking, MarkingKind kind)
    {
        var result = Decode(marking, kind);

        Assert.NotEmpty(result.Interpretations);
        Assert.All(result.Interpretations, i =>
        {
            Assert.True(i.From <= i.To);
            Assert.True(i.To <= Today);
            Assert.False(string.IsNullOrWhiteSpace(i.Reason));
            Assert.Contains(i.System, DecodingSystems.All);
        });
        Assert.Equal(result.Interpretations.OrderByDescending(i => i.Confidence).Select(i => i.Confidence), result.Interpretations.Select(i => i.Confidence));
    }

    [Fact]
    public void Decode_WrongKind_ExplainsShape() =>
        Assert.Contains(Decode("XYZ07D006-004", MarkingKind.Calendar).Rejected, r => r.Reason.Contains("not"));

    [Theory]
    [InlineData("auto", MarkingKind.Auto)]
    [InlineData("DateCode", MarkingKind.DateCode)]
    [InlineData("date-code", MarkingKind.DateCode)]
    [InlineData("lot", MarkingKind.Lot)]
    public void TryParse_KindCodes_Read(string text, MarkingKind expected)
    {
        Assert.True(MarkingKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("serial")]
    public void TryParse_UnknownKind_False(string text) => Assert.False(MarkingKinds.TryParse(text, out _));
}
