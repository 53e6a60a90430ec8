using System.Text;

namespace Remnant.Bench.Decoding;

/// <summary>
/// Writes a reproducible mixed file of markings, one per line: calendar years in several scripts,
/// headstamps, component date codes, MIL-STD-1168 lots and bad input (bidi controls, control
/// characters, over-long text, junk). Most lots and junk lines are unique, so well over half of a
/// large file is distinct; the count is measured, not assumed.
/// </summary>
internal static class MarkingCorpus
{
    private static readonly string[] Codes =
        ["3", "17", "38", "539", "T", "ТПЗ", "60", "188", "270", "711", "71", "311", "31", "LC", "FC", "IMI", "WCC", "FA", "RG", "IVI", "999"];

    private const string Persian = "۰۱۲۳۴۵۶۷۸۹";
    private const string ArabicIndic = "٠١٢٣٤٥٦٧٨٩";
    private const string MonthLetters = "ABCDEFGHIJKLMN";

    public static void Write(string path, int count, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var line = new StringBuilder(64);
        for (var i = 0; i < count; i++)
        {
            line.Clear();
            Next(random, line);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    public static (int Lines, int Distinct) Count(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = 0;
        foreach (var line in File.ReadLines(path))
        {
            lines++;
            seen.Add(line);
        }
        return (lines, seen.Count);
    }

    private static void Next(Random r, StringBuilder s)
    {
        var pick = r.Next(100);
        switch (pick)
        {
            case < 6: s.Append(r.Next(0, 118)); break;                                   // Juche / Minguo
            case < 9: Digits(s, r.Next(1300, 1406), r.Next(2) == 0 ? Persian : ArabicIndic); break;
            case < 11: s.Append(r.Next(1380, 1450)); break;                              // Hijri
            case < 13: s.Append(r.Next(2480, 2570)); break;                              // Thai BE
            case < 15: s.Append(r.Next(1940, 2027)); break;                              // Gregorian
            case < 30: Headstamp(r, s); break;
            case < 42: s.Append(r.Next(0, 100).ToString("00")).Append(r.Next(0, 55).ToString("00")); Letter(r, s); break; // YYWW/WWYY
            case < 47: s.Append(r.Next(0, 10)).Append(r.Next(0, 55).ToString("00")); Letter(r, s); break;                 // YWW
            case < 52: s.Append(r.Next(0, 10)).Append(r.Next(1, 14).ToString("00")).Append(r.Next(1, 32).ToString("00")); break; // YMMDD
            case < 88: Lot(r, s); break;
            default: Bad(r, s); break;
        }
    }

    private static void Digits(StringBuilder s, int value, string digits)
    {
        foreach (var c in value.ToString()) s.Append(digits[c - '0']);
    }

    private static void Letter(Random r, StringBuilder s)
    {
        if (r.Next(2) == 0) s.Append((char)('A' + r.Next(26)));
    }

    private static void Headstamp(Random r, StringBuilder s)
    {
        var code = Codes[r.Next(Codes.Length)];
        var year = r.Next(0, 100).ToString("00");
        if (r.Next(10) == 0) s.Append("⊕ ");
        if (r.Next(4) == 0) s.Append((char)('A' + r.Next(26))); // a damaged or unknown code
        s.Append(code).Append(r.Next(3) switch { 0 => " ", 1 => "/", _ => "  " }).Append(year);
    }

    private static void Lot(Random r, StringBuilder s)
    {
        for (var i = r.Next(1, 4); i > 0; i--) s.Append((char)('A' + r.Next(26)));
        s.Append(r.Next(0, 100).ToString("00")).Append(MonthLetters[r.Next(MonthLetters.Length)])
            .Append(r.Next(0, 1000).ToString("000")).Append('-').Append(r.Next(0, 1000).ToString("000"));
        if (r.Next(8) == 0) s.Append((char)('A' + r.Next(26)));
    }

    private static void Bad(Random r, StringBuilder s)
    {
        switch (r.Next(6))
        {
            case 0: s.Append('\u202E').Append(r.Next(100, 999)); break;
            case 1: s.Append(r.Next(10, 99)).Append('\u0007'); break;
            case 2: s.Append('x', 200 + r.Next(100)); break;
            case 3: s.Append(r.Next(1, 9)).Append(Persian[r.Next(10)]).Append(r.Next(1, 9)); break;   // mixed digit systems
            default:
                for (var i = r.Next(1, 16); i > 0; i--)
                {
                    var c = (char)r.Next(0x21, 0x3000);
                    s.Append(char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' ? '?' : c);
                }
                break;
        }
    }
}
