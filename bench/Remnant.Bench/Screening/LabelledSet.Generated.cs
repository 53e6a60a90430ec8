using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

internal static partial class LabelledSet
{
    private static IEnumerable<LabelledQuery> NonListed(int count, HashSet<string> listedKeys, Random random)
    {
        // Shares by culture: the cultures most present on the lists, plus company names.
        (string Culture, double Share, Func<Random, (string Latin, string Native)> Make, PartySchema Schema)[] cultures =
        [
            ("korean", 0.20, Korean, PartySchema.Person), ("arabic", 0.20, Arabic, PartySchema.Person),
            ("persian", 0.15, Persian, PartySchema.Person), ("russian", 0.15, Russian, PartySchema.Person),
            ("chinese", 0.15, Chinese, PartySchema.Person), ("company", 0.15, Company, PartySchema.Company),
        ];
        var made = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (culture, share, make, schema) in cultures)
        {
            var target = culture == "company" ? count - made : (int)Math.Round(count * share);
            var produced = 0;
            for (var attempts = 0; produced < target && attempts < target * 50; attempts++)
            {
                var (latin, native) = make(random);
                // A generated name that is, letter-class for letter-class, a listed name is a namesake, not a
                // non-listed name: leave it out rather than count a correct hit as a false positive.
                if (listedKeys.Contains(CrudeKey(latin)) || !seen.Add(latin + "|" + native)) continue;
                var useNative = native.Length > 0 && random.NextDouble() < 0.3;
                yield return new LabelledQuery($"non-{culture}-{produced}", QueryKind.NonListed, useNative ? native : latin, schema, null, null, null, null,
                    useNative ? culture + "-script" : culture);
                produced++;
            }
            made += produced;
        }
    }

    private static T Pick<T>(T[] items, Random random) => items[random.Next(items.Length)];

    private static string PickLatin(NamePart part, Random random) => part.Latin[random.Next(part.Latin.Length)];

    private static (string, string) Korean(Random random)
    {
        var family = Pick(NameParts.KoreanSurnames, random);
        var a = Pick(NameParts.KoreanSyllables, random);
        var b = Pick(NameParts.KoreanSyllables, random);
        var f = PickLatin(family, random);
        var g1 = PickLatin(a, random);
        var g2 = PickLatin(b, random);
        var given = random.Next(3) switch
        {
            0 => $"{Cap(g1)}-{g2}",
            1 => Cap(g1 + g2),
            _ => $"{Cap(g1)} {Cap(g2)}",
        };
        var latin = random.Next(4) switch
        {
            0 => $"{given} {f}",
            1 => $"{f.ToUpperInvariant()} {given}",
            _ => $"{f} {given}",
        };
        return (latin, family.Native + a.Native + b.Native);
    }

    private static (string, string) Arabic(Random random)
    {
        var given = Pick(NameParts.ArabicGiven, random);
        var father = Pick(NameParts.ArabicGiven, random);
        var family = Pick(NameParts.ArabicFamily, random);
        var three = random.NextDouble() < 0.5;
        var latin = three ? $"{PickLatin(given, random)} {PickLatin(father, random)} {PickLatin(family, random)}" : $"{PickLatin(given, random)} {PickLatin(family, random)}";
        var native = three ? $"{given.Native} {father.Native} {family.Native}" : $"{given.Native} {family.Native}";
        return (latin, native);
    }

    private static (string, string) Persian(Random random)
    {
        var given = Pick(NameParts.PersianGiven, random);
        var family = Pick(NameParts.PersianFamily, random);
        if (random.NextDouble() < 0.4)
        {
            // Compound given names (Mohammad Reza, Ali Akbar...) are common in Iran.
            var second = Pick(NameParts.PersianGiven, random);
            if (second != given)
                return ($"{PickLatin(given, random)} {PickLatin(second, random)} {PickLatin(family, random)}", $"{given.Native} {second.Native} {family.Native}");
        }
        return ($"{PickLatin(given, random)} {PickLatin(family, random)}", $"{given.Native} {family.Native}");
    }

    private static (string, string) Russian(Random random)
    {
        var given = Pick(NameParts.RussianGiven, random);
        var family = Pick(NameParts.RussianFamily, random);
        if (random.NextDouble() < 0.4)
        {
            var patronymic = Pick(NameParts.RussianPatronymics, random);
            return ($"{PickLatin(given, random)} {PickLatin(patronymic, random)} {PickLatin(family, random)}", $"{given.Native} {patronymic.Native} {family.Native}");
        }
        return random.NextDouble() < 0.3
            ? ($"{PickLatin(family, random).ToUpperInvariant()}, {PickLatin(given, random)}", $"{family.Native} {given.Native}")
            : ($"{PickLatin(given, random)} {PickLatin(family, random)}", $"{given.Native} {family.Native}");
    }

    private static (string, string) Chinese(Random random)
    {
        var family = Pick(NameParts.ChineseSurnames, random);
        var a = Pick(NameParts.ChineseSyllables, random);
        var b = Pick(NameParts.ChineseSyllables, random);
        var one = random.NextDouble() < 0.3;
        var given = one ? Cap(a.Latin[0]) : random.NextDouble() < 0.7 ? Cap(a.Latin[0] + b.Latin[0]) : $"{Cap(a.Latin[0])}-{b.Latin[0]}";
        var f = PickLatin(family, random);
        var latin = random.NextDouble() < 0.7 ? $"{f} {given}" : $"{given} {f}";
        return (latin, family.Native + a.Native + (one ? "" : b.Native));
    }

    private static (string, string) Company(Random random)
    {
        if (random.NextDouble() < 0.08)
        {
            var word = Pick(NameParts.CyrillicCompanyWords, random);
            var second = Pick(NameParts.CyrillicCompanyWords, random);
            var name = second == word ? word : $"{word}-{second}";
            return (AnyAscii.Transliteration.Transliterate($"OOO {name}"), $"ООО «{name}»");
        }
        var parts = new List<string>();
        if (random.NextDouble() < 0.35) parts.Add(Pick(NameParts.CompanyPlaces, random));
        parts.Add(Pick(NameParts.CompanyWords, random));
        if (random.NextDouble() < 0.5 && Pick(NameParts.CompanyWords, random) is var extra && !parts.Contains(extra)) parts.Add(extra);
        parts.Add(Pick(NameParts.CompanySectors, random));
        parts.Add(Pick(NameParts.CompanyForms, random));
        return (string.Join(' ', parts), "");
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>The generator's own notion of "the same name": per word, the consonant classes in
    /// order (k/g/q/c, p/b/f/v, t/d, l/r, s/z/j/x/ch/sh), vowels, h, w and y dropped; the words
    /// sorted. "Lee Yong Chol" and "RI Yong Chol" share a key; filler words are ignored.</summary>
    internal static string CrudeKey(string name)
    {
        var words = AnyAscii.Transliteration.Transliterate(name).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Split((char[])[' ', '-', ',', '.', '(', ')', '/', '"', ';', ':', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w) || w is "ali" or "ahmad" or "ahmed" or "mohammad" or "muhammad" or "mohammed")
            .Select(CrudeWord).Where(w => w.Length > 0).Order(StringComparer.Ordinal);
        return string.Concat(words.Select(w => w + " ")).TrimEnd();
    }

    private static string CrudeWord(string word)
    {
        var s = word.Replace("ch", "s", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal).Replace("kh", "k", StringComparison.Ordinal);
        var chars = new List<char>();
        foreach (var c in s)
        {
            char? mapped = c switch
            {
                'k' or 'g' or 'q' or 'c' => 'k', 'p' or 'b' or 'f' or 'v' => 'p', 't' or 'd' => 't', 'l' or 'r' => 'l',
                's' or 'z' or 'j' or 'x' => 's', 'm' => 'm', 'n' => 'n', >= '0' and <= '9' => c, _ => null,
            };
            if (mapped is { } m && (chars.Count == 0 || chars[^1] != m)) chars.Add(m);
        }
        return new string(chars.ToArray());
    }
}
