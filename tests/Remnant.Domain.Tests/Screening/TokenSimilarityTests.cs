using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

/// <summary>Single words compared: where vowels alone differ, enough written consonants make one word.</summary>
public sealed class TokenSimilarityTests
{
    [Theory]
    [InlineData("mishkhis", "mushakhas", true)]
    // Four consonants are not enough: Mahmud and Muhammad are two names; nor is another first letter.
    [InlineData("mahmoud", "mohammed", false)]
    [InlineData("kharbash", "sharbakh", false)]
    public void Compare_VowelsOnlyDiffer_SameWordFromFiveConsonants(string a, string b, bool same)
    {
        var (score, rule) = TokenSimilarity.Compare(NameTokenizer.Latin(a), NameTokenizer.Latin(b));
        Assert.Equal(same, score >= 0.8);
        if (same) Assert.Equal(MatchRules.Consonants, rule);
    }

    [Theory]
    // A noun and the adjective made from it are one word of a body's name; two nouns of one root are not.
    [InlineData("industry", "industrial", true)]
    [InlineData("metallurgy", "metallurgical", true)]
    [InlineData("charity", "charitable", true)]
    [InlineData("unity", "united", false)]
    public void Compare_NounAndAdjective_SameStem(string a, string b, bool same)
    {
        var (score, _) = TokenSimilarity.Compare(NameTokenizer.Latin(a), NameTokenizer.Latin(b));
        Assert.Equal(same, score >= 0.8);
    }
}
