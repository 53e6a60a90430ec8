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
}
