namespace Remnant.Domain.Screening.Matching;

/// <summary>Edit distance for short words, bounded: how many letters wrong, missing, added or swapped with
/// the next (optimal string alignment), counted only up to three.</summary>
public static class Edits
{
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
