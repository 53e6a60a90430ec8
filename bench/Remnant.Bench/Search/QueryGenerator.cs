using Remnant.Domain.Search;

namespace Remnant.Bench.Search;

/// <summary>
/// Queries as investigators type them: fragments of serials, lots and markings ("punch in part
/// of the number"), look-alike variants (Cyrillic for Latin twins, case, separators) and OCR
/// variants (the true serial of a misread record, or a misread of a stored serial).
/// </summary>
internal sealed class QueryGenerator(int seed, OcrNoise noise)
{
    private static readonly Dictionary<char, char> Twins = new()
    {
        ['A'] = 'А', ['B'] = 'В', ['E'] = 'Е', ['K'] = 'К', ['M'] = 'М', ['H'] = 'Н', ['O'] = 'О',
        ['P'] = 'Р', ['C'] = 'С', ['T'] = 'Т', ['X'] = 'Х',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O',
        ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X',
    };

    private readonly Random _random = new(seed);

    public List<BenchQuery> Generate(IReadOnlyList<BenchItem> items, int count)
    {
        var queries = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var slot = i % 10;
            queries.Add(slot < 4 ? Fragment(items) : slot < 7 ? LookAlike(items) : Ocr(items));
        }
        return queries;
    }

    private BenchQuery Fragment(IReadOnlyList<BenchItem> items)
    {
        while (true)
        {
            var item = items[_random.Next(items.Count)];
            var entry = item.Entries[_random.Next(item.Entries.Length)];
            var roll = _random.NextDouble();
            var length = roll < 0.05 ? 2 : roll < 0.2 ? 3 : _random.Next(4, 9);
            var text = entry.Text;
            if (text.Length < length) continue;
            var piece = text.Substring(_random.Next(text.Length - length + 1), length);
            if (Remnant.Domain.Text.FoldKey.Fold(piece).Length < 2) continue;
            if (_random.Next(3) == 0) piece = piece.ToLowerInvariant();
            return new BenchQuery(piece, SearchMode.Partial, QueryKind.Fragment, item.Id);
        }
    }

    private BenchQuery LookAlike(IReadOnlyList<BenchItem> items)
    {
        var item = items[_random.Next(items.Count)];
        var chars = item.StoredSerial.Select(c => Twins.TryGetValue(c, out var twin) && _random.Next(2) == 0 ? twin : c).ToList();
        for (var i = chars.Count - 1; i > 0; i--)
        {
            if (chars[i] is ' ' or '-') chars[i] = _random.Next(3) switch { 0 => ' ', 1 => '-', _ => '/' };
            else if (_random.Next(12) == 0) chars.Insert(i, ' ');
        }
        var text = new string(chars.ToArray());
        return new BenchQuery(_random.Next(2) == 0 ? text.ToLowerInvariant() : text, SearchMode.Exact, QueryKind.LookAlike, item.Id);
    }

    private BenchQuery Ocr(IReadOnlyList<BenchItem> items)
    {
        // Half: the user types the true serial of a record stored as a misread.
        if (_random.Next(2) == 0)
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var item = items[_random.Next(items.Count)];
                if (item.Noisy) return new BenchQuery(item.TrueSerial, SearchMode.Fuzzy, QueryKind.Ocr, item.Id);
            }
        }
        // Otherwise: the user reads a damaged marking of a stored serial.
        var source = items[_random.Next(items.Count)];
        return new BenchQuery(noise.Misread(source.StoredSerial), SearchMode.Fuzzy, QueryKind.Ocr, source.Id);
    }
}
