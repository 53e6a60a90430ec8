using System.Globalization;
using Microsoft.Extensions.Localization;
using Remnant.Domain.Dating;

namespace Remnant.Web.Features.Dating;

/// <summary>The production-to-use lag in the reader's language: "at most 230 days" in English (the
/// domain's own wording), "230 يومًا على الأكثر" in Arabic, with Arabic's number agreement (one,
/// two, three to ten, eleven and more).</summary>
internal static class LagWording
{
    public static string Text(IStringLocalizer L, LagDto lag)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" || lag.Bounds is not { } b) return lag.Wording;
        if (b.IsContradiction)
            return b.StartsAfterUse is { } start
                ? L["contradiction: production starts {0}, {1} after use on {2}", start.ToIso(), Span(L, new LagSpan(start.DayNumber - b.Use.DayNumber, LagUnit.Day)), b.Use.ToIso()]
                : L["contradiction: production not-after precedes its not-before"];
        return (b.Least, b.Most) switch
        {
            (null, null) => L["unknown: production is not bounded"],
            (null, { } most) => L["at most {0}", Span(L, most)],
            ({ } least, null) => L["at least {0}", Span(L, least)],
            ({ } least, { } most) => L["at least {0}, at most {1}", Span(L, least), Span(L, most)],
        };
    }

    /// <summary>"230 days" in the reader's language; Arabic nouns agree with the number.</summary>
    public static string Span(IStringLocalizer L, LagSpan span)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "ar") return span.ToString();
        var n = span.Count;
        var (one, two, few, many, hundreds) = span.Unit switch
        {
            LagUnit.Day => ("يوم واحد", "يومان", "أيام", "يومًا", "يوم"),
            LagUnit.Month => ("شهر واحد", "شهران", "أشهر", "شهرًا", "شهر"),
            _ => ("سنة واحدة", "سنتان", "سنوات", "سنة", "سنة"),
        };
        var rest = n % 100;
        return n switch
        {
            1 => one,
            2 => two,
            _ when rest is >= 3 and <= 10 => $"{n} {few}",
            _ when rest is >= 11 => $"{n} {many}",
            _ => $"{n} {hundreds}",
        };
    }
}
