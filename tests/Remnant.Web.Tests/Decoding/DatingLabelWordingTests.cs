using Microsoft.Extensions.Localization;
using Remnant.Domain.Dating;
using Remnant.Domain.Wording;
using Remnant.Web.Features.Decoding;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Decoding;

/// <summary>The labels dating puts inside its sentences (a marking's reading and its state, the component
/// that sets an assembly's not-before) come from the domain as words: in Arabic their state and the word
/// "marking" are translated, the marking, system and component stay as written, each isolated.</summary>
public sealed class DatingLabelWordingTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const char Lri = '\u2068', Pdi = '\u2069';

    [Fact]
    public void Contradiction_Arabic_BothStatesInArabic()
    {
        var window = ProductionWindow.Of(
        [
            new DatedEvidence("113", "juche", true, DateInterval.Year(2024)),
            new DatedEvidence("LC 80", "headstamp", false, DateInterval.Year(1980)),
        ]);
        var why = Assert.Single(window.Contradictions).Why;

        var arabic = InArabic(L => ReasonWording.Text(L, why));

        Assert.Equal($"تنتهي {Lri}LC 80{Pdi} ({Lri}headstamp{Pdi}، مقبول) ({Lri}1980-01-01..1980-12-31{Pdi}) قبل أن تبدأ "
            + $"{Lri}113{Pdi} ({Lri}juche{Pdi}، مؤقت) ({Lri}2024-01-01..2024-12-31{Pdi}): لا يمكن أن تصحّا معًا.", arabic);
    }

    [Theory]
    [InlineData("113", "حدّدتها \u2068Jet-vane actuator\u2069 (العلامة \u2068113\u2069).")]
    [InlineData(null, "حدّدتها \u2068Jet-vane actuator\u2069.")]
    public void AssemblySetter_Arabic_MarkingWordInArabic(string? marking, string ending)
    {
        var assembly = AssemblyNotBefore.Of(new ComponentNode("item-1", null, [ComponentNode.Leaf("item-2", DateInterval.Year(2024))]));

        var arabic = InArabic(L => ReasonWording.Text(L, assembly.WhySetBy("Jet-vane actuator", marking)));

        Assert.StartsWith($"ليس قبل {Lri}2024-01-01{Pdi}: ", arabic, StringComparison.Ordinal);
        Assert.EndsWith(ending, arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("marking", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_English_AsTheDomainWroteThem()
    {
        var evidence = new DatedEvidence("113", "juche", true, DateInterval.Year(2024));
        var window = ProductionWindow.Of([evidence]);

        var english = factory.InCulture("en", L => ReasonWording.Text(L, window.Why));

        Assert.Equal("Produced 2024-01-01..2024-12-31 according to 113 (juche, provisional).", english);
    }

    private T InArabic<T>(Func<IStringLocalizer, T> read) => factory.InCulture("ar", read);
}
