namespace Remnant.Domain.Decoding.Calendars;

/// <summary>
/// Words written beside a year that name its calendar (<c>주체</c>, <c>民國</c>, <c>ه.ش</c>, <c>พ.ศ.</c>),
/// as they look after normalisation: upper case, punctuation and tatweel removed, parts joined.
/// A word such as <c>年</c> only says "year" and names no calendar.
/// </summary>
internal static class EraWords
{
    private const string YearOnly = "";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["JUCHE"] = DecodingSystems.Juche, ["주체"] = DecodingSystems.Juche, ["주체년"] = DecodingSystems.Juche,
        ["民國"] = DecodingSystems.Minguo, ["民国"] = DecodingSystems.Minguo, ["民國年"] = DecodingSystems.Minguo,
        ["民国年"] = DecodingSystems.Minguo, ["MINGUO"] = DecodingSystems.Minguo, ["ROC"] = DecodingSystems.Minguo,
        ["ش"] = DecodingSystems.SolarHijri, ["هش"] = DecodingSystems.SolarHijri, ["شمسی"] = DecodingSystems.SolarHijri,
        ["شمسي"] = DecodingSystems.SolarHijri, ["SH"] = DecodingSystems.SolarHijri, ["AP"] = DecodingSystems.SolarHijri,
        ["ه"] = DecodingSystems.LunarHijri, ["هق"] = DecodingSystems.LunarHijri, ["ق"] = DecodingSystems.LunarHijri,
        ["قمری"] = DecodingSystems.LunarHijri, ["قمري"] = DecodingSystems.LunarHijri, ["AH"] = DecodingSystems.LunarHijri,
        ["شاهنشاهی"] = DecodingSystems.ImperialPersian, ["شاهنشاهي"] = DecodingSystems.ImperialPersian,
        ["พศ"] = DecodingSystems.ThaiBuddhist, ["BE"] = DecodingSystems.ThaiBuddhist,
        ["AD"] = DecodingSystems.Gregorian, ["CE"] = DecodingSystems.Gregorian, ["Г"] = DecodingSystems.Gregorian,
        ["ГОД"] = DecodingSystems.Gregorian, ["년"] = YearOnly, ["年"] = YearOnly,
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is known; <paramref name="system"/> is then the
    /// calendar it names, or null for a word that only means "year".</summary>
    public static bool TryRead(ReadOnlySpan<char> word, out string? system)
    {
        if (Lookup.TryGetValue(word, out var found))
        {
            system = found.Length == 0 ? null : found;
            return true;
        }
        system = null;
        return false;
    }
}
