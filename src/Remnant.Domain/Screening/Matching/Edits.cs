namespace Remnant.Domain.Screening.Matching;

/// <summary>Edit distance for short words, bounded: how many letters wrong, missing, added or swapped with
/// the next (optimal string alignment), counted only up to three.</summary>
public static class Edits
{
    /// <summary>The one slip that makes <paramref name="written"/> of <paramref name="reference"/>, read at the first
    /// letter where they differ: a letter changed, two neighbours swapped, one added or one left out; None when the
    /// words are the same or differ by more.</summary>
    public static Slip OneSlip(string written, string reference)
    {
        var at = 0;
        while (at < written.Length && at < reference.Length && written[at] == reference[at]) at++;
        ReadOnlySpan<char> w = written, r = reference;
        if (written.Length == reference.Length)
        {
            if (at == written.Length) return default;
            if (w[(at + 1)..].SequenceEqual(r[(at + 1)..])) return new(SlipKind.Changed, at);
            return at + 1 < w.Length && w[at] == r[at + 1] && w[at + 1] == r[at] && w[(at + 2)..].SequenceEqual(r[(at + 2)..])
                ? new(SlipKind.Swapped, at) : default;
        }
        if (written.Length == reference.Length + 1) return w[(at + 1)..].SequenceEqual(r[at..]) ? new(SlipKind.Added, at) : default;
        if (written.Length + 1 == reference.Length) return w[at..].SequenceEqual(r[(at + 1)..]) ? new(SlipKind.LeftOut, at) : default;
        return default;
    }

    /// <summary>0, 1 or 2 edits between <paramref name="a"/> and <paramref name="b"/>; 3 for anything more.</summary>
    public static int AtMostTwo(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        if (a.Length > 40 || b.Length > 40) return 3;
        Span<int> prev2 = stackalloc int[b.Length + 1], prev = stackalloc int[b.Length + 1], cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, prev2[j - 2] + 1);
                cur[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > 2) return 3;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return Math.Min(3, prev[b.Length]);
    }
}

/// <summary>What one slip of the keyboard did to a word (<see cref="Edits.OneSlip"/>).</summary>
public enum SlipKind { None, Changed, Swapped, Added, LeftOut }

/// <summary>One slip and the index, in both words, of the first letter where they differ.</summary>
public readonly record struct Slip(SlipKind Kind, int At);
