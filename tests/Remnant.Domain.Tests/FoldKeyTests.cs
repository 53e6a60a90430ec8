using Remnant.Domain.Text;

namespace Remnant.Domain.Tests;

public sealed class FoldKeyTests
{
    [Theory]
    [InlineData("АК-47", "AK47")]          // Cyrillic А and К
    [InlineData("ak-47", "AK47")]
    [InlineData("  A00 G-028/686 ", "A00G028686")]
    [InlineData("ПЗЖ 12", "ПЗЖ12")]         // no Latin twin: kept
    [InlineData("аеорсух", "AEOPCYX")]      // lower-case look-alikes
    [InlineData("ΑΒΕ", "ABE")]              // Greek
    [InlineData("Ａ１２", "A12")]           // full-width, via NFKC
    [InlineData("113", "113")]
    [InlineData("", "")]
    [InlineData("---", "")]
    [InlineData("화성-11", "화성11")]
    [InlineData("\u202EAB12\u202C", "AB12")] // bidi overrides are dropped
    public void Fold_Examples(string raw, string expected) => Assert.Equal(expected, FoldKey.Fold(raw));

    [Fact]
    public void Fold_LoneSurrogate_DoesNotThrow() => Assert.Equal("AB", FoldKey.Fold("a\uD800b"));
}
