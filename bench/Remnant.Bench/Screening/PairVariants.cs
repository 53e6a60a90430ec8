using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>
/// Makes controlled variants of listed Latin names, each a positive pair with the name it came from.
/// Its own small rules, written for the benchmark and sharing no code or table with the matcher: the
/// way people retype a name (hyphens and spaces, order, a dropped or shortened middle name, a vowel
/// spelled another way, one slip of the keyboard, a legal form written out or left off, case and
/// apostrophes).
/// </summary>
internal static class PairVariants
{
    // Vowel spellings that alternate between romanisations (Yousef/Yusuf, Mohammed/Muhammad, Sergei/Sergey).
    private static readonly (string From, string To)[] Vowels =
    [
        ("ou", "u"), ("u", "ou"), ("oo", "u"), ("ee", "i"), ("i", "ee"), ("e", "i"), ("i", "e"), ("o", "u"), ("u", "o"),
        ("a", "e"), ("e", "a"), ("ey", "ei"), ("ei", "ey"), ("ai", "ay"), ("ay", "ai"), ("iy", "y"),
    ];

    // Legal forms as companies write them: short and long, and whether they are written at all.
    private static readonly (string Short, string Long)[] Forms =
    [
        ("CO., LTD.", "COMPANY LIMITED"), ("CO.", "COMPANY"), ("LTD", "LIMITED"), ("LTD.", "LIMITED"), ("CORP.", "CORPORATION"),
        ("INC.", "INCORPORATED"), ("LLC", "LIMITED LIABILITY COMPANY"), ("JSC", "JOINT STOCK COMPANY"),
    ];

    private static readonly string[] Kinds = ["v-hyphen", "v-reorder", "v-drop-middle", "v-initial", "v-vowel", "v-typo", "v-legal-form", "v-case-punct"];

    /// <summary>Up to <paramref name="perKind"/> variants of each kind, from primary names and strong aliases.</summary>
    public static IEnumerable<LabelledPair> Generate(List<ListedParty> parties, int perKind, Random random)
    {
        var bases = parties.SelectMany(p => p.Names.Where(n => n.Quality is AliasQuality.Primary or AliasQuality.Good or AliasQuality.Strong)
                .Select(n => (p.Schema, Name: n.Text)))
            .Where(b => LabelledSet.IsLatin(b.Name) && Words(b.Name).Count >= 2)
            .ToArray();
        foreach (var kind in Kinds)
        {
            var made = 0;
            for (var attempt = 0; made < perKind && attempt < perKind * 30; attempt++)
            {
                var (schema, name) = bases[random.Next(bases.Length)];
                var variant = Make(kind, name, schema == PartySchema.Person, random);
                if (variant is null || variant == name) continue;
                made++;
                yield return new LabelledPair(variant, name, true, kind, schema);
            }
        }
    }

    private static string? Make(string kind, string name, bool person, Random random) => kind switch
    {
        "v-hyphen" => Hyphen(name, random),
        "v-reorder" when person => Reorder(name, random),
        "v-drop-middle" when person => DropMiddle(name, random),
        "v-initial" when person => Initial(name, random),
        "v-vowel" => Vowel(name, random),
        "v-typo" => Typo(name, random),
        "v-legal-form" when !person => LegalForm(name, random),
        "v-case-punct" => CasePunct(name, random),
        _ => null,
    };

    private static List<string> Words(string name) => name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>"LAST, First Middle" (OFAC) as "First Middle LAST"; other names unchanged.</summary>
    private static List<string> Natural(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? Words(name) : [.. Words(name[(comma + 1)..]), .. Words(name[..comma])];
    }

    private static string? Hyphen(string name, Random random)
    {
        if (name.Contains('-', StringComparison.Ordinal))
        {
            // Kim Jong-un as Kim Jong Un or Kim Jongun.
            var at = name.IndexOf('-', StringComparison.Ordinal);
            return random.Next(2) == 0 ? name.Remove(at, 1).Insert(at, " ") : name.Remove(at, 1);
        }
        var words = Natural(name);
        if (words.Count < 3) return null;
        var i = random.Next(1, words.Count - 1);
        if (words[i].Length > 4 || words[i + 1].Length > 4) return null; // join short given-name syllables only
        var joined = words[i] + (random.Next(2) == 0 ? "-" : "") + words[i + 1].ToLowerInvariant();
        words[i] = joined;
        words.RemoveAt(i + 1);
        return string.Join(' ', words);
    }

    private static string? Reorder(string name, Random random)
    {
        var words = Natural(name);
        if (words.Count < 2) return null;
        if (random.Next(2) == 0)
        {
            var last = words[^1];
            words.RemoveAt(words.Count - 1);
            words.Insert(0, last);
        }
        else
        {
            var first = words[0];
            words.RemoveAt(0);
            words.Add(first);
        }
        return string.Join(' ', words);
    }

    private static string? DropMiddle(string name, Random random)
    {
        var words = Natural(name);
        if (words.Count < 3) return null;
        words.RemoveAt(random.Next(1, words.Count - 1));
        return string.Join(' ', words);
    }

    private static string? Initial(string name, Random random)
    {
        var words = Natural(name);
        if (words.Count < 3) return null;
        var i = random.Next(0, words.Count - 1);
        if (words[i].Length < 3) return null;
        words[i] = char.ToUpperInvariant(words[i][0]) + ".";
        return string.Join(' ', words);
    }

    private static string? Vowel(string name, Random random)
    {
        var words = Words(name);
        var candidates = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= 4).ToList();
        if (candidates.Count == 0) return null;
        var w = candidates[random.Next(candidates.Count)];
        var lower = words[w].ToLowerInvariant();
        var rules = Vowels.Where(r => lower.IndexOf(r.From, 1, StringComparison.Ordinal) > 0).ToList();
        if (rules.Count == 0) return null;
        var (from, to) = rules[random.Next(rules.Count)];
        var at = lower.IndexOf(from, 1, StringComparison.Ordinal);
        var upper = words[w].Length > 1 && char.IsUpper(words[w][1]);
        var replaced = lower.Remove(at, from.Length).Insert(at, to);
        words[w] = upper ? replaced.ToUpperInvariant() : char.ToUpperInvariant(replaced[0]) + replaced[1..];
        return string.Join(' ', words);
    }

    private static string? Typo(string name, Random random)
    {
        var words = Words(name);
        var candidates = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0) return null;
        var w = candidates[random.Next(candidates.Count)];
        var chars = words[w].ToList();
        var at = random.Next(1, chars.Count - 1);
        var letter = (char)((char.IsUpper(chars[at]) ? 'A' : 'a') + random.Next(26));
        switch (random.Next(4))
        {
            case 0: chars[at] = letter; break;
            case 1: chars.RemoveAt(at); break;
            case 2: chars.Insert(at, letter); break;
            default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
        }
        words[w] = new string(chars.ToArray());
        return string.Join(' ', words);
    }

    private static string? LegalForm(string name, Random random)
    {
        var upper = name.ToUpperInvariant();
        foreach (var (s, l) in Forms)
        {
            if (upper.EndsWith(" " + l, StringComparison.Ordinal))
                return random.Next(2) == 0 ? name[..^l.Length].TrimEnd() : name[..^l.Length] + s;
            if (upper.EndsWith(" " + s, StringComparison.Ordinal))
                return random.Next(2) == 0 ? name[..^s.Length].TrimEnd().TrimEnd(',') : name[..^s.Length] + l;
        }
        return random.Next(3) == 0 ? name + " LTD" : null;
    }

    private static string CasePunct(string name, Random random) => random.Next(3) switch
    {
        0 => name.ToLowerInvariant(),
        1 => string.Join(' ', Natural(name).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())),
        _ => name.Contains('\'', StringComparison.Ordinal) ? name.Replace('\'', '\u2019') : name.Replace("-", " ", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal),
    };
}
