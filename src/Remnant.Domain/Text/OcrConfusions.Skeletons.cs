namespace Remnant.Domain.Text;

public static partial class OcrConfusions
{
    /// <summary>
    /// Real edits a fuzzy query may differ by, from the length of its skeleton: none up to 3
    /// characters (too little to tell an edit from another serial), one up to 9, then two.
    /// </summary>
    public static int AllowedEdits(int skeletonLength) => skeletonLength <= 3 ? 0 : skeletonLength <= 9 ? 1 : 2;

    /// <summary>
    /// The fuzzy match rule: the query's <see cref="Skeleton(string)"/> is within
    /// <paramref name="maxEdits"/> insertions, deletions or substitutions of the candidate's. OCR confusions and embedded letters cost nothing here; the
    /// weighted <see cref="Compare(string, string, int, bool)"/> ranks and explains what matched.
    /// </summary>
    public static bool IsFuzzyMatch(string queryFold, ReadOnlySpan<char> candidateFold, int maxEdits) =>
        IsSkeletonMatch(Skeleton(queryFold), candidateFold, maxEdits);

    /// <summary><see cref="IsFuzzyMatch"/> with the query's skeleton already computed.</summary>
    internal static bool IsSkeletonMatch(ReadOnlySpan<char> querySkeleton, ReadOnlySpan<char> candidateFold, int maxEdits)
    {
        Span<char> buffer = stackalloc char[Math.Min(candidateFold.Length, MaxLength)];
        var candidate = Skeleton(candidateFold[..buffer.Length], buffer);
        return Levenshtein(querySkeleton, candidate, maxEdits) <= maxEdits;
    }

    /// <summary>Writes the skeleton of <paramref name="foldKey"/> into <paramref name="buffer"/> and returns that part.</summary>
    internal static ReadOnlySpan<char> Skeleton(ReadOnlySpan<char> foldKey, Span<char> buffer)
    {
        // One pass: a run of letters is dropped (except digit look-alikes) when digits bound it on both sides.
        var length = 0;
        var i = 0;
        while (i < foldKey.Length)
        {
            if (!char.IsLetter(foldKey[i]))
            {
                buffer[length++] = Canonical(foldKey[i++]);
                continue;
            }
            var end = i;
            while (end < foldKey.Length && char.IsLetter(foldKey[end])) end++;
            var embedded = i > 0 && char.IsAsciiDigit(foldKey[i - 1]) && end < foldKey.Length && char.IsAsciiDigit(foldKey[end]);
            for (; i < end; i++)
            {
                var c = foldKey[i];
                if (!embedded || IsInClass(c)) buffer[length++] = Canonical(c);
            }
        }
        return buffer[..length];
    }

    /// <summary>
    /// Levenshtein distance, or <paramref name="max"/> + 1 once it must exceed it. Only the
    /// diagonal band of width 2·max+1 can stay within the bound, so only it is computed.
    /// </summary>
    internal static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var over = max + 1;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, over);
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[from - 1] = from == 1 ? Math.Min(i, over) : over;
            var rowBest = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var best = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var up = j <= i - 1 + max ? previous[j] + 1 : over;
                var left = current[j - 1] + 1;
                best = Math.Min(best, Math.Min(up, left));
                current[j] = Math.Min(best, over);
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (to < b.Length) current[to + 1] = over;
            if (rowBest > max) return over;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
