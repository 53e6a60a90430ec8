using CsCheck;
using Remnant.Domain.Text;

namespace Remnant.Domain.Tests;

public sealed class OcrConfusionsTests
{
    [Theory]
    [InlineData('O', '0', true)]
    [InlineData('D', 'O', true)]
    [InlineData('I', '1', true)]
    [InlineData('L', 'I', true)]
    [InlineData('B', '8', true)]
    [InlineData('S', '5', true)]
    [InlineData('Z', '2', true)]
    [InlineData('G', '6', true)]
    [InlineData('O', 'O', false)]
    [InlineData('A', '4', false)]
    [InlineData('0', '8', false)]
    public void AreConfusable_Pairs_MatchTable(char a, char b, bool expected) =>
        Assert.Equal(expected, OcrConfusions.AreConfusable(a, b));

    [Theory]
    [InlineData("369J257", 3, true)]
    [InlineData("369AB257", 4, true)]
    [InlineData("J369257", 0, false)]   // prefix letter counts
    [InlineData("369257J", 6, false)]   // suffix letter counts
    [InlineData("9M1331", 1, true)]
    [InlineData("AB12", 1, false)]
    public void IsEmbeddedLetter_Positions_FollowRegistryRule(string key, int index, bool expected) =>
        Assert.Equal(expected, OcrConfusions.IsEmbeddedLetter(key, index));

    [Theory]
    [InlineData("A00G028686", "AO0G028686", 0, 1)]
    [InlineData("369J257", "369257", 0, 1)]
    [InlineData("369J257", "369M257", 0, 2)]
    [InlineData("J369257", "369257", 1, 4)]   // a prefix letter is a real edit
    [InlineData("KE1523", "KE1523", 0, 0)]
    [InlineData("KE1523", "KE1524", 1, 4)]
    [InlineData("KE1523", "KE1253", 1, 4)]    // transposition
    [InlineData("N1500131", "N150013", 1, 4)]  // one character missing
    [InlineData("ABCDEFGH", "ABCXYZGH", 3, 12)]
    public void Compare_Examples_GiveEditsAndCost(string query, string candidate, int edits, int cost)
    {
        var comparison = OcrConfusions.Compare(query, candidate, maxEdits: 3);
        Assert.Equal(edits, comparison.RealEdits);
        Assert.Equal(cost, comparison.Cost);
        Assert.True(comparison.IsMatch);
    }

    [Theory]
    [InlineData("AO0G028686", "A00G028686", "O/0 OCR confusion at position 2")]
    [InlineData("369J257", "369257", "letter 'J' between digits ignored at position 4")]
    [InlineData("369257", "369M257", "letter 'M' between digits ignored in the match")]
    [InlineData("KE1524", "KE1523", "'4' for '3' at position 6 (edit)")]
    [InlineData("KE1523", "KE1523", "identical")]
    public void Compare_Explains_Steps(string query, string candidate, string expected) =>
        Assert.Equal(expected, OcrConfusions.Compare(query, candidate, maxEdits: 2).Describe());

    [Theory]
    [InlineData("KE1523", "KX9999", 1)]
    [InlineData("12345678", "87654321", 2)]
    public void Compare_TooManyEdits_IsNotAMatch(string query, string candidate, int maxEdits) =>
        Assert.False(OcrConfusions.Compare(query, candidate, maxEdits).IsMatch);

    [Theory]
    [InlineData("A00G028686", "A006028686")]
    [InlineData("AO0G028686", "A006028686")]
    [InlineData("369J257", "369257")]
    [InlineData("369M257", "369257")]
    [InlineData("SZ1", "521")]
    public void Skeleton_Examples(string key, string expected) => Assert.Equal(expected, OcrConfusions.Skeleton(key));

    [Theory]
    [InlineData("AO0G028686", "A00G028686", 0, true)]
    [InlineData("A00028686", "A00G028686", 1, true)]    // G read as 6: one edit, not ignored
    [InlineData("A00028686", "A00G028686", 0, false)]
    [InlineData("369J257", "369M257", 0, true)]
    [InlineData("KE1523", "KE1623", 0, false)]
    [InlineData("KE1523", "KE1623", 1, true)]
    [InlineData("N1500131", "N15001", 2, true)]
    [InlineData("N1500131", "N1500", 2, false)]
    public void IsFuzzyMatch_Examples(string query, string candidate, int maxEdits, bool expected) =>
        Assert.Equal(expected, OcrConfusions.IsFuzzyMatch(query, candidate, maxEdits));

    [Fact]
    public void Levenshtein_Banded_AgreesWithCapAtMaxPlusOne()
    {
        var text = Gen.String[Gen.Char["0123ab"], 0, 12];
        Gen.Select(text, text, Gen.Int[0, 3]).Sample((a, b, max) =>
            OcrConfusions.IsFuzzyMatch(a.ToUpperInvariant(), b.ToUpperInvariant(), max) ==
            (Plain(OcrConfusions.Skeleton(a.ToUpperInvariant()), OcrConfusions.Skeleton(b.ToUpperInvariant())) <= max));
    }

    private static int Plain(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    [Fact]
    public void Compare_IsSymmetricInCost_OnRandomKeys()
    {
        var key = Gen.String[Gen.Char["0O1IL8BSZ2G6AKM79"], 0, 12];
        Gen.Select(key, key).Sample((a, b) =>
            OcrConfusions.Compare(a, b, 30, explain: false).Cost == OcrConfusions.Compare(b, a, 30, explain: false).Cost);
    }

    [Fact]
    public void Compare_RandomUnicode_NeverThrows() =>
        Gen.String[0, 600].Sample(s => OcrConfusions.Compare(s, new string(s.Reverse().ToArray()), 2).Cost >= 0);
}
