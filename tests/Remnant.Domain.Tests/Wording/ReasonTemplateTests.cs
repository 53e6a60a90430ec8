using System.Text.RegularExpressions;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Tests.Wording;

public sealed partial class ReasonTemplateTests
{
    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    private static int Placeholders(string english) => Placeholder().Matches(english).Select(m => m.Groups[1].Value).Distinct().Count();

    [Fact]
    public void Corpus_EveryPhraseHasOneArgumentPerPlaceholder()
    {
        var phrases = ReasonCorpus.Reasons().SelectMany(r => r.Phrases).SelectMany(ReasonCorpus.WithWords).ToList();

        Assert.True(phrases.Count > 200, $"only {phrases.Count} phrases");
        Assert.All(phrases, p => Assert.Equal(Placeholders(p.Template.English), p.Args.Count));
        Assert.All(phrases, p => Assert.Contains(p.Template, Template.All));
    }

    [Fact]
    public void Corpus_SaysEverySentenceTemplate()
    {
        var said = ReasonCorpus.Reasons().SelectMany(r => r.Phrases).SelectMany(ReasonCorpus.WithWords).Select(p => p.Template).ToHashSet();

        // Two sentences no input reaches: Screen refuses lone surrogates before Build could meet one, and a
        // two-digit year is read in this century unless that is in the future, so 1927 and later come
        // with the future-century sentence. They stay declared, and translated, for when that changes.
        string[] unreachable = ["The marking is not valid Unicode text.", "{0} '{1}' would be {2}, before integrated-circuit date codes ({3})."];
        var unsaid = Template.All.Where(t => !t.IsWord && !said.Contains(t) && !unreachable.Contains(t.English)).Select(t => t.English).ToList();
        Assert.True(unsaid.Count == 0, "Not said by the corpus:\n" + string.Join("\n", unsaid));
    }

    [Fact]
    public void All_PlaceholdersNumberedFromZero_AndKeysUnique()
    {
        Assert.True(Template.All.Count >= 60, $"only {Template.All.Count} templates found");
        Assert.All(Template.All, t => Assert.Equal(Placeholders(t.English), t.Arity));
        Assert.Equal(Template.All.Count, Template.All.Select(t => t.English).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Reason_EnglishIsThePhrasesJoinedBySpaces()
    {
        Assert.All(ReasonCorpus.Reasons(), r => Assert.Equal(string.Join(" ", r.Phrases.Select(p => p.ToString())), r.ToString()));
    }

    [Theory]
    [InlineData("Year {1}.")]
    [InlineData("Year {0} {2}.")]
    [InlineData("Year {x}.")]
    [InlineData("Year {0.")]
    [InlineData("Year 0}.")]
    public void Template_MalformedPlaceholders_Refused(string english)
    {
        Assert.Throws<ArgumentException>(() => new Template(english));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void With_WrongArgumentCount_Refused(int count)
    {
        var template = new Template("From {0} to {1}.");

        Assert.Throws<ArgumentException>(() => template.With([.. Enumerable.Repeat<object>(2024, count)]));
    }

    [Fact]
    public void With_WordOutsideItsChoices_Refused()
    {
        var yes = Template.Word("yes");
        var template = new Template("Say {0}.", [yes]);

        Assert.Equal("Say yes.", template.With(yes.With()).ToString());
        Assert.Throws<ArgumentException>(() => template.With("yes"));
        Assert.Throws<ArgumentException>(() => template.With(Template.Word("no").With()));
    }

    [Fact]
    public void With_DatesAndIntervalsWrittenIso_WhateverTheCulture()
    {
        var template = new Template("{0} in {1}, {2}.");
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            var phrase = template.With(new DateOnly(2024, 8, 18), Remnant.Domain.Dating.DateInterval.Year(2024), 1234567);
            Assert.Equal("2024-08-18 in 2024-01-01..2024-12-31, 1234567.", phrase.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
