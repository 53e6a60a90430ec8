using Remnant.Domain.Decoding;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Decoding;

public sealed class LotNumberDecoderTests
{
    [Theory]
    [InlineData("XYZ07D006-004", "XYZ", "2007-04-01", "2007-04-30", "006", "004", "")]
    [InlineData("XYZ08A006-015", "XYZ", "2008-01-01", "2008-01-31", "006", "015", "")]
    [InlineData("LC68M012-003A", "LC", "1968-12-01", "1968-12-31", "012", "003", "A")]
    [InlineData("xyz07d006-004", "XYZ", "2007-04-01", "2007-04-30", "006", "004", "")]
    [InlineData("XYZ07D006004", "XYZ", "2007-04-01", "2007-04-30", "006", "004", "")]
    public void Decode_MilStd1168_WholeMonthAndParts(string marking, string maker, string from, string to, string interfix, string sequence, string suffix)
    {
        var lot = Decode(marking, MarkingKind.Lot).Only(DecodingSystems.MilStd1168);

        Assert.Equal((D(from), D(to)), (lot.From, lot.To));
        Assert.Equal((maker, interfix, sequence, suffix), (lot.Fields["maker"], lot.Fields["interfix"], lot.Fields["sequence"], lot.Fields["suffix"]));
    }

    [Fact]
    public void Decode_SameInterfixDifferentMonths_SameSeries()
    {
        var april = Decode("XYZ07D006-004", MarkingKind.Lot).Only(DecodingSystems.MilStd1168);
        var january = Decode("XYZ08A006-015", MarkingKind.Lot).Only(DecodingSystems.MilStd1168);

        Assert.Equal(april.Fields["interfix"], january.Fields["interfix"]);
        Assert.True(january.From > april.To);
    }

    [Theory]
    [InlineData("XYZ07I006-004", "month letter I is skipped")]
    [InlineData("XYZ07N006-004", "not a month letter")]
    public void Decode_BadMonthLetter_Rejected(string marking, string why)
    {
        var result = Decode(marking, MarkingKind.Lot);

        Assert.Empty(result.Interpretations);
        Assert.Contains(result.Rejected, r => r.System == DecodingSystems.MilStd1168 && r.Reason.Contains(why));
    }

    [Theory]
    [InlineData("XYZ07D06-004")]
    [InlineData("WXYZ07D006-004")]
    [InlineData("XYZ07D006/004")]
    public void Decode_NotLotShape_ExplainsShape(string marking) =>
        Assert.Contains(Decode(marking, MarkingKind.Lot).Rejected, r => r.System == DecodingSystems.MilStd1168 && r.Reason.Contains("XYZ07D006-004"));

    [Fact]
    public void Decode_LotInAuto_RankedFirst() =>
        Assert.Equal(DecodingSystems.MilStd1168, Decode("XYZ07D006-004").Interpretations[0].System);
}
