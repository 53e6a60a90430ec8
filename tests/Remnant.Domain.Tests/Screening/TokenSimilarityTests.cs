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
    public void Compare_NounAndAdjective_SameStem(string a, string b, bool same) =>
        Assert.Equal(same, Score(a, b) >= 0.8);

    [Theory]
    // A y between vowels is the consonant ي, and the vowels either side of it vary as vowels do.
    [InlineData("ayyob", "ayyub", true)]
    [InlineData("tayeb", "tayyib", true)]
    [InlineData("atiya", "atiyeh", true)]
    [InlineData("moayad", "muayyad", true)]
    // Zayed (زايد) and Zaid (زيد) are two names, and the Persian -ayi still meets -aei.
    [InlineData("zayed", "zaid", false)]
    [InlineData("rezayi", "rezaei", true)]
    public void Compare_YBetweenVowels_IsTheConsonant(string a, string b, bool same) =>
        Assert.Equal(same, Score(a, b) >= 0.85);

    [Theory]
    // Abdul with two letters swapped or one added is a slip; a letter changed or dropped, or one added at the end, is another name.
    [InlineData("Adbul", true)]
    [InlineData("Abdlu", true)]
    [InlineData("Abdhul", true)]
    [InlineData("Abduh", false)]
    [InlineData("Abul", false)]
    [InlineData("Abdula", false)]
    public void Compare_SlipInAbdul_MeetsAbd(string written, bool same)
    {
        var abd = NameTokenizer.Forms("Abdul Basir")[0][0];
        Assert.Equal("abd", abd.Text);
        var (score, rule) = TokenSimilarity.Compare(NameTokenizer.Latin(written.ToLowerInvariant()), abd);
        Assert.Equal(same, score > 0);
        if (same) Assert.Equal(MatchRules.Spelling, rule);
    }

    [Theory]
    // Urdu and Persian spellings write one vowel as ai or e; a plain a against e stays a vowel off (Hamid/Hamad).
    [InlineData("javaid", "javed", true)]
    [InlineData("zubair", "zuber", true)]
    [InlineData("kotey", "kote", true)]
    [InlineData("hamid", "hamad", false)]
    public void Compare_DiphthongAgainstE_SameWord(string a, string b, bool same) =>
        Assert.Equal(same, Score(a, b) >= 0.85);

    [Theory]
    // Two letters of a short word swapped after the first, or one left out, added or mistyped where that leaves a word no
    // romanisation writes (two consonants none begins a word with, no vowel, three consonants together); a slip that
    // leaves a syllable is another name, as is another last letter.
    [InlineData("km", "kim", true)]
    [InlineData("hji", "haji", true)]
    [InlineData("jng", "jang", true)]
    [InlineData("omra", "omar", true)]
    [InlineData("kmi", "kim", true)]
    [InlineData("mtn", "mun", true)]
    [InlineData("khn", "khan", true)]
    [InlineData("amcr", "amir", true)]
    [InlineData("kcim", "kim", true)]
    [InlineData("aqel", "axel", false)]
    [InlineData("kham", "khan", false)]
    [InlineData("juwa", "juma", false)]
    [InlineData("amr", "amir", false)]
    [InlineData("kin", "kim", false)]
    public void Compare_SlipInShortWord_OnlyWhereItLeavesNoSyllable(string a, string b, bool same) =>
        Assert.Equal(same, Score(a, b) > 0);

    [Theory]
    // A word of a translation group written in Arabic script against the Latin word of the group that is also its own spelling
    // (بانک: Bank) meets by its consonants, as any name does; against a translation that is not (جبهة: Front), as the translation.
    [InlineData("بانک", "bank", MatchRules.Consonants)]
    [InlineData("جبهة", "front", MatchRules.Translation)]
    public void Compare_TranslationGroupAcrossScripts_SpellingBeforeTranslation(string arabic, string latin, string rule) =>
        Assert.Equal(rule, TokenSimilarity.Compare(NameTokenizer.Forms(arabic)[0][0], NameTokenizer.Latin(latin)).Rule);

    private static double Score(string a, string b) => TokenSimilarity.Compare(NameTokenizer.Latin(a), NameTokenizer.Latin(b)).Score;
}
