namespace Remnant.Domain.Text;

/// <summary>
/// Characters that OCR and hurried transcription swap for one another (DOMAIN.md 3.5):
/// O/0/D, I/1/l, B/8, S/5, Z/2, G/6. They are cheap substitutions in fuzzy matching
/// (<see cref="Compare(string, string, int, bool)"/>), never blanket replacements: <c>A00G028686</c> and
/// <c>AO0G028686</c> match, but exact and partial search still tell them apart.
/// Registry rule: letters embedded between digits may be ignored (<c>369J257</c> finds
/// <c>369257</c> and <c>369M257</c>); prefix and suffix letters still count.
/// All methods take fold keys (<see cref="FoldKey"/>), so lower-case <c>l</c> is already <c>L</c>.
/// </summary>
public static partial class OcrConfusions
{
    /// <summary>Each confusion class, written with its canonical (digit) member first.</summary>
    public static IReadOnlyList<string> Classes { get; } = ["0OD", "1IL", "8B", "5S", "2Z", "6G"];

    /// <summary>The canonical member of <paramref name="c"/>'s confusion class, or <paramref name="c"/> itself.</summary>
    public static char Canonical(char c) => c switch
    {
        'O' or 'D' => '0',
        'I' or 'L' => '1',
        'B' => '8',
        'S' => '5',
        'Z' => '2',
        'G' => '6',
        _ => c,
    };

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ but OCR confuses them.</summary>
    public static bool AreConfusable(char a, char b) => a != b && Canonical(a) == Canonical(b) && IsInClass(a);

    /// <summary>
    /// True when the letter at <paramref name="index"/> belongs to a run of letters with a digit
    /// on each side, which registries may ignore.
    /// </summary>
    public static bool IsEmbeddedLetter(ReadOnlySpan<char> key, int index)
    {
        if ((uint)index >= (uint)key.Length || !char.IsLetter(key[index])) return false;
        var left = index - 1;
        while (left >= 0 && char.IsLetter(key[left])) left--;
        if (left < 0 || !char.IsAsciiDigit(key[left])) return false;
        var right = index + 1;
        while (right < key.Length && char.IsLetter(key[right])) right++;
        return right < key.Length && char.IsAsciiDigit(key[right]);
    }

    /// <summary>
    /// The fuzzy skeleton of a fold key: every character replaced by its canonical member,
    /// embedded letters that are not digit look-alikes dropped (the registry rule), embedded
    /// look-alikes read as the digit they resemble (a G between digits is more likely a misread
    /// 6 than a letter to ignore). Equal skeletons mean a match with no real edit.
    /// </summary>
    public static string Skeleton(string foldKey)
    {
        if (foldKey.Length == 0) return foldKey;
        Span<char> buffer = foldKey.Length <= 256 ? stackalloc char[foldKey.Length] : new char[foldKey.Length];
        return new string(Skeleton(foldKey, buffer));
    }

    private static bool IsInClass(char c) => c is 'O' or 'D' or '0' or 'I' or 'L' or '1' or 'B' or '8'
        or 'S' or '5' or 'Z' or '2' or 'G' or '6';
}
