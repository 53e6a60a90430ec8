using Remnant.Domain.Dating;

namespace Remnant.Domain.Tests.Dating;

public sealed class DatedEvidenceTests
{
    // The English is stored and returned by the API ("first"/"second" of a contradiction, the window's
    // explanation): it must stay exactly what the labels were when they were written by hand.
    [Theory]
    [InlineData("113", "juche", true, "113 (juche, provisional)")]
    [InlineData("113", "juche", false, "113 (juche, accepted)")]
    [InlineData("LC 80", "headstamp", false, "LC 80 (headstamp, accepted)")]
    [InlineData("2310", "yyww", true, "2310 (yyww, provisional)")]
    public void Source_MarkingSystemAndState_TheEnglishLabel(string marking, string system, bool provisional, string english)
    {
        var evidence = new DatedEvidence(marking, system, provisional, DateInterval.Year(2024));

        Assert.Equal(english, evidence.Source);
        Assert.Equal(english, evidence.Label.ToString());
    }

    [Fact]
    public void Label_StateIsAWord_MarkingAndSystemAsWritten()
    {
        var label = new DatedEvidence("113", "juche", true, DateInterval.Year(2024)).Label;

        // A word (translated where it fills a sentence), its state fixed in the template, the rest arguments.
        Assert.True(label.Template.IsWord);
        Assert.Equal("{0} ({1}, provisional)", label.Template.English);
        Assert.Equal(["113", "juche"], label.Args);
    }

    [Fact]
    public void Equality_SameValues_Equal()
    {
        // Labels are made on each read, so that two records of the same reading stay equal.
        Assert.Equal(new DatedEvidence("113", "juche", true, DateInterval.Year(2024)), new DatedEvidence("113", "juche", true, DateInterval.Year(2024)));
        Assert.NotEqual(new DatedEvidence("113", "juche", true, DateInterval.Year(2024)), new DatedEvidence("113", "juche", false, DateInterval.Year(2024)));
    }

    [Fact]
    public void Constructor_NullMarkingOrSystem_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => new DatedEvidence(null!, "juche", true, DateInterval.Year(2024)));
        Assert.Throws<ArgumentNullException>(() => new DatedEvidence("113", null!, true, DateInterval.Year(2024)));
    }
}
