namespace Remnant.Domain.Screening.Matching;

/// <summary>Jaro-Winkler similarity (0..1) of two short strings, allocation-free for words up to 64 characters.</summary>
public static class JaroWinkler
{
    /// <summary>The similarity; 1 for equal strings, 0 when nothing matches.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return a.Length == b.Length ? 1 : 0;
        if (a == b) return 1;
        if (a.Length > 64 || b.Length > 64) return Slow(a, b);
        if (a.Length > b.Length) (a, b) = (b, a);
        var window = Math.Max(0, b.Length / 2 - 1);
        ulong matchedA = 0, matchedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if ((matchedB & (1UL << j)) != 0 || a[i] != b[j]) continue;
                matchedA |= 1UL << i;
                matchedB |= 1UL << j;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if ((matchedA & (1UL << i)) == 0) continue;
            while ((matchedB & (1UL << k)) == 0) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double Slow(string a, string b) => Similarity(a[..Math.Min(64, a.Length)], b[..Math.Min(64, b.Length)]);
}
