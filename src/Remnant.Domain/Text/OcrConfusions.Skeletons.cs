namespace Remnant.Domain.Text;

public static partial class OcrConfusions
{
    /// <summary>
    /// Real edits a fuzzy query may differ by, from the length of its skeleton: none up to 3
    /// characters (too little to tell an edit from another serial), one up to 9, then two.
    /// </summary>
    public static int AllowedEdits(int skeletonLength) => skeletonLength <= 3 ? 0 : skeletonLength <= 9 ? 1 : 2;

    /// <summary>
    /// The fuzzy match rule: some skeleton reading of the query (<see cref="QuerySkeletons"/>)
    /// is within <paramref name="maxEdits"/> insertions, deletions or substitutions of the
    /// candidate's skeleton. OCR confusions and embedded letters cost nothing here; the
    /// weighted <see cref="Compare(string, string, int, bool)"/> ranks and explains what matched.
    /// </summary>
    public static bool IsFuzzyMatch(string queryFold, ReadOnlySpan<char> candidateFold, int maxEdits) =>
        IsFuzzyMatch(QuerySkeletons(queryFold), candidateFold, maxEdits);

    internal static bool IsFuzzyMatch(IReadOnlyList<string> querySkeletons, ReadOnlySpan<char> candidateFold, int maxEdits)
    {
        Span<char> buffer = stackalloc char[Math.Min(candidateFold.Length, MaxLength)];
        var candidate = Skeleton(candidateFold[..buffer.Length], buffer);
        foreach (var skeleton in querySkeletons)
        {
            if (Levenshtein(skeleton, candidate, maxEdits) <= maxEdits) return true;
        }
        return false;
    }

    /// <summary>Writes the skeleton of <paramref name="foldKey"/> into <paramref name="buffer"/> and returns that part.</summary>
    internal static ReadOnlySpan<char> Skeleton(ReadOnlySpan<char> foldKey, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < foldKey.Length; i++)
        {
            var c = foldKey[i];
            if (!IsInClass(c) && IsEmbeddedLetter(foldKey, i)) continue;
            buffer[length++] = Canonical(c);
        }
        return buffer[..length];
    }

    /// <summary>Plain Levenshtein distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    internal static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var best = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                best = Math.Min(best, Math.Min(previous[j], current[j - 1]) + 1);
                current[j] = best;
                rowBest = Math.Min(rowBest, best);
            }
            if (rowBest > max) return max + 1;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
