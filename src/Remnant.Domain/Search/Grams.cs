using Remnant.Domain.Text;

namespace Remnant.Domain.Search;

/// <summary>
/// N-gram keys. Trigrams are taken over the OCR-canonical key (one posting list serves O, 0
/// and D alike; partial search verifies against the exact key); bigrams over the exact key.
/// </summary>
internal static class Grams
{
    public static long Trigram(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    public static int Bigram(char a, char b) => (a << 16) | b;

    /// <summary>Distinct trigrams of the canonical form of <paramref name="key"/>, added to <paramref name="into"/>.</summary>
    public static void CanonicalTrigrams(ReadOnlySpan<char> key, HashSet<long> into)
    {
        for (var i = 0; i + 2 < key.Length; i++)
        {
            into.Add(Trigram(OcrConfusions.Canonical(key[i]), OcrConfusions.Canonical(key[i + 1]), OcrConfusions.Canonical(key[i + 2])));
        }
    }

    /// <summary>Distinct exact bigrams of <paramref name="key"/>.</summary>
    public static void Bigrams(ReadOnlySpan<char> key, HashSet<int> into)
    {
        for (var i = 0; i + 1 < key.Length; i++) into.Add(Bigram(key[i], key[i + 1]));
    }
}
