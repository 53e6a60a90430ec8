using System.Text;

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// The Sino-Korean reading of Han characters (Hanja), for Korean names written in them: 金正恩 is
/// read 김정은, Kim Jong Un, where pinyin gives Jin Zhengen. Chinese trade papers and some lists write
/// DPRK people and firms this way. The table (27,497 characters) is the MIT-licensed hanja package's
/// (<c>tools/hanja-readings.py</c>); it gives each character its usual reading, and 金 as a surname is Kim.
/// </summary>
public static class HanjaReadings
{
    private static readonly Lazy<Dictionary<char, char>> Table = new(Load);

    /// <summary>The word read in Hangul, or null when a character has no reading in the table.</summary>
    public static string? Hangul(string han)
    {
        var table = Table.Value;
        var b = new StringBuilder(han.Length);
        foreach (var c in han)
        {
            if (!table.TryGetValue(c, out var syllable)) return null;
            // 金 is 금 (gold) as a word and 김 as the surname that starts a name.
            b.Append(c == '金' && b.Length == 0 ? '김' : syllable);
        }
        return b.ToString();
    }

    private static Dictionary<char, char> Load()
    {
        using var stream = typeof(HanjaReadings).Assembly.GetManifestResourceStream("Remnant.Domain.hanja-readings.txt")
            ?? throw new InvalidOperationException("The Hanja readings resource is missing from Remnant.Domain.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, char>(28_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 3 || line[0] == '#' || line[1] != '\t') continue;
            for (var i = 2; i < line.Length; i++) table[line[i]] = line[0];
        }
        return table;
    }
}
