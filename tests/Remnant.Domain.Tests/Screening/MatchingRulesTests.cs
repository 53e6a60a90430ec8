using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

public sealed class MatchingRulesTests
{
    [Theory]
    [InlineData("mohammed", "muhammad", VowelVariants.SameClasses)]
    [InlineData("ahmed", "ahmad", VowelVariants.SameClasses)]
    [InlineData("laden", "ladin", VowelVariants.SameClasses)]
    [InlineData("jong", "jung", VowelVariants.SameClasses)]
    [InlineData("hezbollah", "hizballah", VowelVariants.OneVowelOff)]
    [InlineData("yusuf", "yousef", VowelVariants.OneVowelOff)]
    [InlineData("fuad", "foad", VowelVariants.SameClasses)]
    [InlineData("juan", "joan", VowelVariants.SameClasses)]
    [InlineData("maung", "maong", VowelVariants.SameClasses)]
    [InlineData("hassan", "hussein", 0.0)]
    [InlineData("saad", "saed", 0.0)]
    [InlineData("dzhulani", "jawlani", VowelVariants.SameClasses)]
    [InlineData("taukhid", "tawhid", VowelVariants.SameClasses)]
    [InlineData("hamid", "hamad", 0.0)]
    [InlineData("jang", "jong", 0.0)]
    [InlineData("karim", "karimi", 0.0)]
    [InlineData("ali", "aly", 0.0)]
    public void VowelVariants_Compare_ByClass(string a, string b, double expected) => Assert.Equal(expected, VowelVariants.Compare(a, b));

    [Theory]
    [InlineData("abdullah", "abdullah", 0)]
    [InlineData("firas", "fras", 1)]
    [InlineData("perez", "peerz", 1)]
    [InlineData("audio", "acdio", 1)]
    [InlineData("aweys", "awyes", 1)]
    [InlineData("rosoboronexport", "rosoboroneksport", 2)]
    [InlineData("petrov", "ivanov", 3)]
    public void Edits_AtMostTwo_CountsSlips(string a, string b, int expected) => Assert.Equal(expected, Edits.AtMostTwo(a, b));

    [Theory]
    [InlineData("irgc", "Islamic Revolutionary Guard Corps", true)]
    [InlineData("komid", "Korea Mining Development Trading Corporation", true)]
    [InlineData("kmdtc", "Korea Mining Development Trading Corporation", true)]
    [InlineData("ali", "Abdul Latif Ibrahim", false)]
    [InlineData("irg", "Islamic Revolutionary Guard Corps", false)]
    [InlineData("xyz", "Korea Mining Development Trading Corporation", false)]
    public void Acronyms_Abbreviates_FirstLettersOrSyllablesInOrder(string acronym, string name, bool expected) =>
        Assert.Equal(expected, Acronyms.Abbreviates(acronym, NameTokenizer.Forms(name)[0]));

    [Theory]
    [InlineData("Al-Masri", "almasri")]
    [InlineData("De Souza", "desouza")]
    // A filiation word written onto the name (Binladin, Benali), and a name with the trade word after it as one word.
    [InlineData("Bin Laden", "binladen")]
    [InlineData("Ben Hassine", "benhassine")]
    [InlineData("Tractor Export", "tractorexport")]
    [InlineData("Mehr Trading", "mehrtrading")]
    public void Aligner_ArticleWrittenJoined_Pairs(string split, string joined)
    {
        var a = NameAligner.Align(NameTokenizer.Forms(split)[0], NameTokenizer.Forms(joined)[0], _ => 10);
        Assert.True(a.Score > 0.9, a.Describe());
    }

    [Theory]
    // Not a trade word of four letters or more: a legal form's letters (Co, Ltd) or a connector do not join.
    [InlineData("Sino Co", "sinoco")]
    [InlineData("Mehr Of", "mehrof")]
    public void Aligner_ShortLegalFormsAndConnectors_DoNotJoin(string split, string joined)
    {
        var a = NameAligner.Align(NameTokenizer.Forms(split)[0], NameTokenizer.Forms(joined)[0], _ => 10);
        Assert.DoesNotContain("+", a.Describe(), StringComparison.Ordinal);
    }
}
