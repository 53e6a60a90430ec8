namespace Remnant.Domain.Decoding.Headstamps;

public sealed partial class HeadstampDecoder
{
    // Finds the code and the year among the groups, in either order, dropping the word NATO.
    private bool TrySplit(MarkingText text, out ReadOnlySpan<char> code, out ReadOnlySpan<char> year, out bool nato)
    {
        code = year = default;
        nato = text.NatoMark;
        Span<MarkingToken> parts = stackalloc MarkingToken[2];
        var count = 0;
        foreach (var token in text.Tokens)
        {
            if (text.Of(token) is "NATO") { nato = true; continue; }
            if (count == 2) return false;
            parts[count++] = token;
        }
        if (count == 1) return SplitJoined(text.Of(parts[0]), out code, out year);
        if (count != 2) return false;
        ReadOnlySpan<char> a = text.Of(parts[0]), b = text.Of(parts[1]);
        bool aYear = IsYear(a, parts[0]), bYear = IsYear(b, parts[1]);
        if (bYear && IsCode(a) && (!aYear || !Table.Find(a).IsEmpty || Table.Find(b).IsEmpty))
        {
            code = a;
            year = b;
            return true;
        }
        if (aYear && IsCode(b))
        {
            code = b;
            year = a;
            return true;
        }
        return false;
    }

    // "LC80": letters then a two- or four-digit year with nothing between.
    private static bool SplitJoined(ReadOnlySpan<char> token, out ReadOnlySpan<char> code, out ReadOnlySpan<char> year)
    {
        code = year = default;
        var digitsAt = token.IndexOfAnyInRange('0', '9');
        if (digitsAt is < 1 or > 4 || token[digitsAt..].ContainsAnyExceptInRange('0', '9')) return false;
        if (token[..digitsAt].IndexOfAnyInRange('0', '9') >= 0) return false;
        code = token[..digitsAt];
        year = token[digitsAt..];
        return year.Length is 2 or 4;
    }

    private static bool IsYear(ReadOnlySpan<char> part, MarkingToken token) => token.IsDigits && part.Length is 2 or 4;

    private static bool IsCode(ReadOnlySpan<char> part) => part.Length is >= 1 and <= 5;
}
