using System.Globalization;
using Remnant.Domain.Search;

namespace Remnant.Bench.Search;

/// <summary>
/// Realistic readings: serials issued in sequential batches (AK-pattern rifles with Cyrillic
/// factory prefixes, Kornet-style missiles, Type 56, Western rifles, DPRK Hangul-marked
/// munitions, electronic components, Geran/Shahed UAV parts), shared lots, markings and box
/// markings in Latin, Cyrillic and Hangul. 10% of serials are stored as OCR misreads.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    private static readonly string[] CyrPrefixes = ["ЕУ", "КЕ", "ГП", "БЖ", "ЛС", "ПР", "ХТ", "МН", "ЗИ", "ФА", "ОВ", "СЧ", "ЖЛ", "НК", "АР"];
    private static readonly string[] HangulWords = ["화성", "주체", "제조", "번호", "탄약", "로케트", "조선", "정밀", "기계", "공장"];
    private static readonly string[] Chips = ["STM32F405RGT6", "ADM3232E", "TPS54360B", "AD9361BBCZ", "MAX3232CSE", "LM2596S", "XC7A100T", "ATMEGA328P", "TMS320F28335", "ADSP-21469"];
    private static readonly string[] Makers = ["KBP", "IZHMASH", "NORINCO", "FN", "ANALOG DEVICES", "STMICRO", "TEXAS INSTR", "TULAMMO", "LVE", "DPRK 2ND ECONOMIC"];

    private readonly Random _random = new(seed);

    public List<BenchItem> Generate(int count, OcrNoise noise)
    {
        var items = new List<BenchItem>(count);
        while (items.Count < count)
        {
            var batch = Math.Min(count - items.Count, 1 + (int)Math.Pow(_random.NextDouble(), 3) * 200);
            var family = _random.Next(8);
            var start = _random.Next(1, 900_000);
            var lot = Lot(family);
            for (var k = 0; k < batch; k++)
            {
                var id = items.Count;
                var serial = Serial(family, start + k);
                var stored = _random.NextDouble() < 0.10 ? noise.Misread(serial) : serial;
                var entries = new List<SearchEntry> { new(SearchField.Serial, stored) };
                if (_random.NextDouble() < 0.85) entries.Add(new SearchEntry(SearchField.Lot, lot));
                entries.Add(_random.NextDouble() < 0.35
                    ? new SearchEntry(SearchField.BoxMarking, BoxMarking(family, lot))
                    : new SearchEntry(SearchField.Marking, Marking(family, serial, lot)));
                items.Add(new BenchItem(id, serial, [.. entries]));
            }
        }
        return items;
    }

    private string Serial(int family, int n) => family switch
    {
        0 => $"{Pick(CyrPrefixes)} {n % 10_000:D4}",
        1 => $"N{1_500_000 + n:D7}",
        2 => $"{56 + _random.Next(2)}-{n:D6}",
        3 => $"US{n:D6}A",
        4 => $"{Pick(HangulWords)}-{n % 100_000:D5}",
        5 => $"A{_random.Next(10):D1}{_random.Next(10):D1}G{n:D6}",
        6 => $"M{412 + _random.Next(3)}-{n % 10_000:D4}",
        _ => $"{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}{n:D7}",
    };

    private string Lot(int family) => family switch
    {
        0 or 2 => $"{_random.Next(1, 999):D3}-{_random.Next(70, 99):D2}",
        1 => $"{_random.Next(1, 12):D2}-{_random.Next(5, 20):D2}",
        4 => $"{_random.Next(108, 114)}-{_random.Next(1, 60):D2}",
        5 => $"GH{_random.Next(1000, 9999)}{(char)('A' + _random.Next(6))}",
        _ => $"LOT {_random.Next(1, 99)}{(char)('A' + _random.Next(26))}-{_random.Next(1, 999):D3}",
    };

    private string Marking(int family, string serial, string lot) => family switch
    {
        0 => $"7,62x39 {Pick(Makers)} {_random.Next(1960, 1992)} {serial}",
        1 => $"9М133-1 {lot} КБП",
        4 => $"{Pick(HangulWords)}{Pick(HangulWords)} {_random.Next(108, 114)} {Pick(HangulWords)}",
        5 => $"{Pick(Chips)} {_random.Next(18, 24)}{_random.Next(1, 52):D2} {lot}",
        6 => $"Ц-{_random.Next(1, 99):D2} {serial} MADE {_random.Next(2021, 2025)}",
        _ => $"{Pick(Makers)} {serial[..Math.Min(4, serial.Length)]} {lot}",
    };

    private string BoxMarking(int family, string lot) => family switch
    {
        0 => $"7.62x39 ПС ГЖ {_random.Next(100, 1000)} ШТ {lot}",
        1 => $"9M133-1 ПАРТИЯ {lot} КОЛ 2 ШТ",
        4 => $"탄약 {lot} {Pick(HangulWords)}",
        _ => $"{Pick(Makers)} LOT {lot} QTY {_random.Next(1, 500).ToString(CultureInfo.InvariantCulture)}",
    };

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
