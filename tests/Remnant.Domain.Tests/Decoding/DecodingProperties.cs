using CsCheck;
using Remnant.Domain.Decoding;
using Remnant.Domain.Text;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Decoding;

public sealed class DecodingProperties
{
    private static readonly string[] Pieces =
    [
        "113", "1", "0", "86", "LC", " 80", "539", " ", "/", "-", "71/89", "2436", "2153", "342", "31203", "XYZ07D006-004",
        "I", "۱۳۵۸", "١٤٤٥", "۲۵۳۵", "๒๕๖๗", "주체", "民國", "年", "ه.ش", "พ.ศ.", "ТПЗ", "⊕", "NATO", "none", "\u202E", "\u2066",
        "\u200F", "\u200D", "\u0301", "\u0640", "\uD800", "\uDFFF", "\u0000", "\t", "ᄀ", "ᅡ", "ǅ", "ß", "ﬀ", "Ａ１",
    ];

    // Markings assembled from pieces that reach deep into the decoders, plus arbitrary characters.
    private static readonly Gen<string> Fragment = Gen.Frequency(
        (4, Gen.OneOf(Pieces)),
        (3, Gen.Char.Select(c => c.ToString())),
        (2, Gen.Char['\u0300', '\u036F'].Select(c => c.ToString())),
        (2, Gen.Char["0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"].Select(c => c.ToString())),
        (1, Gen.Char['\u202A', '\u202E'].Select(c => c.ToString())));

    private static readonly Gen<string> ShortMarking = Fragment.Array[0, 6].Select(string.Concat);

    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, Gen.Char.Array[0, 10_000].Select(chars => new string(chars))),
        (1, Fragment.Array[0, 2_500].Select(string.Concat)));

    [Fact]
    public void Decode_AnyShortMarking_NeverThrowsAndIntervalsOrdered() =>
        ShortMarking.Sample(text =>
        {
            foreach (var kind in Enum.GetValues<MarkingKind>()) AssertWellFormed(Decode(text, kind), text);
        }, iter: 4_000);

    [Fact]
    public void Decode_AnyTextUpTo10000Chars_NeverThrows() =>
        AnyText.Sample(text => AssertWellFormed(Decode(text), text), iter: 300);

    [Fact]
    public void Fold_AnyText_Idempotent() =>
        Gen.Frequency((1, ShortMarking), (1, Gen.String)).Sample(text =>
        {
            var once = FoldKey.Fold(text);
            Assert.Equal(once, FoldKey.Fold(once));
        }, iter: 4_000);

    // Folding drops the separator between conjoining jamo, which NFKC then composes on a second fold.
    [Theory]
    [InlineData("ᄀ-ᅡ")]
    [InlineData("ᄀ ᅡ ᆨ")]
    [InlineData("e-\u0301")]
    public void Fold_SeparatedComposables_Idempotent(string text)
    {
        var once = FoldKey.Fold(text);

        Assert.Equal(once, FoldKey.Fold(once));
    }

    private static void AssertWellFormed(DecodeResult result, string text)
    {
        Assert.NotNull(result);
        Assert.Same(text, result.Marking);
        Assert.True(result.Interpretations.Count + result.Rejected.Count + result.Facts.Count > 0, "a decode always says something");
        foreach (var i in result.Interpretations)
        {
            Assert.True(i.From <= i.To, $"{i} from after to");
            Assert.True(i.From <= Today && i.To <= Today, $"{i} after today");
            Assert.False(string.IsNullOrWhiteSpace(i.Reason));
        }
    }
}
