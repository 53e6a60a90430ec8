namespace Remnant.Bench.Search;

/// <summary>
/// Simulates OCR and transcription misreads. Deliberately shares no code or table with the
/// matcher (Remnant.Domain.Text.OcrConfusions): the confusions are written out again here,
/// including lower-case forms an OCR engine emits (l for 1, o for 0).
/// </summary>
internal sealed class OcrNoise(int seed)
{
    private static readonly Dictionary<char, string> Swaps = new()
    {
        ['0'] = "ODo", ['O'] = "0D", ['D'] = "0O", ['1'] = "Il", ['I'] = "1l", ['L'] = "1I",
        ['8'] = "B", ['B'] = "8", ['5'] = "S", ['S'] = "5", ['2'] = "Z", ['Z'] = "2", ['6'] = "G", ['G'] = "6",
    };

    private readonly Random _random = new(seed);

    /// <summary>One to three look-alike swaps; for a quarter of long readings also one dropped or doubled character.</summary>
    public string Misread(string text)
    {
        var chars = text.ToCharArray().ToList();
        var swappable = Enumerable.Range(0, chars.Count).Where(i => Swaps.ContainsKey(chars[i])).ToList();
        var swaps = Math.Min(swappable.Count, 1 + _random.Next(3));
        for (var s = 0; s < swaps; s++)
        {
            var at = swappable[_random.Next(swappable.Count)];
            if (Swaps.TryGetValue(chars[at], out var options)) chars[at] = options[_random.Next(options.Length)];
        }
        var digits = chars.Count(char.IsAsciiDigit);
        if (digits >= 6 && _random.NextDouble() < 0.25)
        {
            var at = _random.Next(chars.Count);
            if (_random.Next(2) == 0) chars.RemoveAt(at);
            else chars.Insert(at, chars[at]);
        }
        var result = new string(chars.ToArray());
        return result == text && swappable.Count == 0 ? text : result;
    }
}
