using Remnant.Domain.Wording;

namespace Remnant.Domain.Tests.Wording;

public sealed class ReasonParseTests
{
    [Fact]
    public void TryParse_EveryCorpusReason_GivesBackItsPhrases()
    {
        foreach (var reason in ReasonCorpus.Reasons())
        {
            Assert.True(Reason.TryParse(reason.ToString(), out var parsed), reason.ToString());
            Assert.Equal(Shape(reason), Shape(parsed));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Something no decoder says.")]
    [InlineData("Juche year 113 = 2024 (Gregorian = Juche + 1911), the DPRK calendar. And more.")]
    [InlineData("Juche year 113 = 2024 (Gregorian = Juche + 1911), the DPRK cal…")]
    [InlineData("Juche year 113 = 2024 (Gregorian = Juche + 1911), the DPRK calendar.  The marking names this era.")]
    public void TryParse_TextNotWholeKnownSentences_False(string text)
    {
        Assert.False(Reason.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void TryParse_WordArgument_ComesBackAsItsWord()
    {
        Assert.True(Reason.TryParse("The marking names the solar-hijri calendar, but 12 is not a year it can carry.", out var parsed));

        var word = Assert.IsType<Phrase>(parsed.Phrases[0].Args[0]);
        Assert.True(word.Template.IsWord);
        Assert.Equal("solar-hijri", word.Template.English);
        Assert.Equal("12", parsed.Phrases[0].Args[1]);
    }

    // Dating names its evidence and an assembly's setter by words: read back, they are those words
    // again (marking and system, component and marking as arguments), so a stored sentence translates.
    [Theory]
    [InlineData("Produced 2024-01-01..2024-12-31 according to 113 (juche, provisional).", 1, "{0} ({1}, provisional)", "113", "juche")]
    [InlineData("Produced 2024-01-01..2024-12-31 according to LC 80 (headstamp, accepted).", 1, "{0} ({1}, accepted)", "LC 80", "headstamp")]
    [InlineData("Not before 2024-01-01: the latest start among 1 dated item(s) of 3, set by Jet-vane actuator (marking 113).", 3, "{0} (marking {1})", "Jet-vane actuator", "113")]
    public void TryParse_DatingLabel_ComesBackAsItsWord(string english, int index, string word, string first, string second)
    {
        Assert.True(Reason.TryParse(english, out var parsed));

        var label = Assert.IsType<Phrase>(Assert.Single(parsed.Phrases).Args[index]);
        Assert.True(label.Template.IsWord);
        Assert.Equal(word, label.Template.English);
        Assert.Equal([first, second], label.Args);
    }

    // Templates and arguments as English text, words nested: what a translation is made from.
    private static string Shape(Reason reason) => string.Join(" | ", reason.Phrases.Select(Shape));

    private static string Shape(Phrase phrase) =>
        phrase.Template.English + " [" + string.Join(", ", phrase.Args.Select(a => a is Phrase p ? Shape(p) : Phrase.Invariant(a))) + "]";
}
