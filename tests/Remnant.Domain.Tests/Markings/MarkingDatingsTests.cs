using Remnant.Domain.Markings;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Markings;

public sealed class MarkingDatingsTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, "113 (juche, provisional)", true)]
    [InlineData(InterpretationDecision.Accepted, "113 (juche, accepted)", false)]
    public void Of_JucheTopReading_LabelledWithItsState(InterpretationDecision? decision, string label, bool provisional)
    {
        var lines = Lines("113", "KP");
        Assert.Equal("juche", lines[0].System);
        if (decision is { } d) Assert.True(lines[0].Decide(d, null, "analyst", At).IsValid);

        var dating = MarkingDatings.Of("113", lines);

        Assert.NotNull(dating);
        Assert.Equal(label, dating.Evidence.Source);
        Assert.Equal(provisional, dating.Provisional);
        Assert.Equal(lines[0], dating.Reading);
    }

    [Fact]
    public void Of_TopReadingRejected_NoProvisionalDating()
    {
        var lines = Lines("113", "KP");
        Assert.True(lines[0].Decide(InterpretationDecision.Rejected, null, "analyst", At).IsValid);

        // The next reading (Minguo 113) is not High for a DPRK item, so nothing dates the marking.
        Assert.Null(MarkingDatings.Of("113", lines));
    }

    private static List<MarkingInterpretation> Lines(string marking, string country)
    {
        var n = 0;
        return MarkingInterpretation.FromResult(Decode(marking, country: country), "marking-1", () => $"line-{n++}", At, null);
    }
}
