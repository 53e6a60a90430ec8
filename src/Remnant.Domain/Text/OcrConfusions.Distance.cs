using System.Buffers;

namespace Remnant.Domain.Text;

public static partial class OcrConfusions
{
    /// <summary>Weight of a cheap step (OCR confusion, ignored embedded letter).</summary>
    public const int CheapCost = 1;

    /// <summary>Weight of a real edit (substitution, insertion, deletion, transposition).</summary>
    public const int EditCost = 4;

    /// <summary>Longest key compared; longer inputs are cut, so a comparison never stalls.</summary>
    public const int MaxLength = 256;

    // A cell holds cost * Scale + realEdits, so minimising it prefers the cheaper alignment
    // and, at equal cost, the one with fewer real edits.
    private const int Scale = 1024;
    private const int Cheap = CheapCost * Scale;
    private const int Edit = EditCost * Scale + 1;

    /// <summary>
    /// Compares two fold keys with OCR confusions and embedded letters cheap and at most
    /// <paramref name="maxEdits"/> real edits; <paramref name="explain"/> adds the steps.
    /// </summary>
    public static OcrComparison Compare(string query, string candidate, int maxEdits, bool explain = true) =>
        Compare(query.AsSpan(), candidate.AsSpan(), maxEdits, explain);

    /// <inheritdoc cref="Compare(string, string, int, bool)"/>
    public static OcrComparison Compare(ReadOnlySpan<char> query, ReadOnlySpan<char> candidate, int maxEdits, bool explain = true)
    {
        var q = query[..Math.Min(query.Length, MaxLength)];
        var c = candidate[..Math.Min(candidate.Length, MaxLength)];
        var width = c.Length + 1;
        var cells = ArrayPool<int>.Shared.Rent((q.Length + 1) * width);
        try
        {
            var value = Fill(q, c, cells, maxEdits);
            if (value < 0) return new OcrComparison(false, int.MaxValue, maxEdits + 1, []);
            var real = value % Scale;
            var steps = explain ? Trace(q, c, cells) : [];
            return new OcrComparison(real <= maxEdits, value / Scale, real, steps);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(cells);
        }
    }

    /// <summary>Fills the matrix; returns the final cell, or -1 once every path exceeds the allowance.</summary>
    private static int Fill(ReadOnlySpan<char> q, ReadOnlySpan<char> c, int[] d, int maxEdits)
    {
        var width = c.Length + 1;
        Span<int> dropCandidate = stackalloc int[c.Length];
        for (var j = 0; j < c.Length; j++) dropCandidate[j] = IsEmbeddedLetter(c, j) ? Cheap : Edit;
        d[0] = 0;
        for (var j = 1; j <= c.Length; j++) d[j] = d[j - 1] + dropCandidate[j - 1];
        var previousBest = 0;
        for (var i = 1; i <= q.Length; i++)
        {
            var row = i * width;
            var dropQuery = IsEmbeddedLetter(q, i - 1) ? Cheap : Edit;
            d[row] = d[row - width] + dropQuery;
            var rowBest = d[row];
            for (var j = 1; j <= c.Length; j++)
            {
                var a = q[i - 1];
                var b = c[j - 1];
                var sub = a == b ? 0 : Canonical(a) == Canonical(b) && IsInClass(a) ? Cheap : Edit;
                var best = d[row - width + j - 1] + sub;
                var up = d[row - width + j] + dropQuery;
                if (up < best) best = up;
                var left = d[row + j - 1] + dropCandidate[j - 1];
                if (left < best) best = left;
                if (i > 1 && j > 1 && a == c[j - 2] && q[i - 2] == b && a != b)
                {
                    var swap = d[row - 2 * width + j - 2] + Edit;
                    if (swap < best) best = swap;
                }
                d[row + j] = best;
                if (best % Scale < rowBest % Scale) rowBest = best;
            }
            // A transposition skips a row, so give up only when two rows in a row are hopeless.
            if (rowBest % Scale > maxEdits && previousBest > maxEdits) return -1;
            previousBest = rowBest % Scale;
        }
        return d[q.Length * width + c.Length];
    }

    private static List<OcrStep> Trace(ReadOnlySpan<char> q, ReadOnlySpan<char> c, int[] d)
    {
        var width = c.Length + 1;
        var steps = new List<OcrStep>();
        var i = q.Length;
        var j = c.Length;
        while (i > 0 || j > 0)
        {
            var here = d[i * width + j];
            if (i > 0 && j > 0)
            {
                var a = q[i - 1];
                var b = c[j - 1];
                var sub = a == b ? 0 : Canonical(a) == Canonical(b) && IsInClass(a) ? Cheap : Edit;
                if (d[(i - 1) * width + j - 1] + sub == here)
                {
                    if (sub == Cheap) steps.Add(new OcrStep(OcrStepKind.Confusion, i, a.ToString(), b.ToString()));
                    else if (sub == Edit) steps.Add(new OcrStep(OcrStepKind.Substitution, i, a.ToString(), b.ToString()));
                    i--; j--;
                    continue;
                }
                if (i > 1 && j > 1 && a == c[j - 2] && q[i - 2] == b && a != b && d[(i - 2) * width + j - 2] + Edit == here)
                {
                    steps.Add(new OcrStep(OcrStepKind.Transposition, i - 1, q.Slice(i - 2, 2).ToString(), c.Slice(j - 2, 2).ToString()));
                    i -= 2; j -= 2;
                    continue;
                }
            }
            if (i > 0)
            {
                var dropQuery = IsEmbeddedLetter(q, i - 1) ? Cheap : Edit;
                if (d[(i - 1) * width + j] + dropQuery == here)
                {
                    var kind = dropQuery == Cheap ? OcrStepKind.IgnoredLetter : OcrStepKind.Extra;
                    steps.Add(new OcrStep(kind, i, q[i - 1].ToString(), ""));
                    i--;
                    continue;
                }
            }
            var dropCandidate = IsEmbeddedLetter(c, j - 1) ? OcrStepKind.IgnoredLetter : OcrStepKind.Missing;
            steps.Add(new OcrStep(dropCandidate, i + 1, "", c[j - 1].ToString()));
            j--;
        }
        steps.Reverse();
        return steps;
    }
}
