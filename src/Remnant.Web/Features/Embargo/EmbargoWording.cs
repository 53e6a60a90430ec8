using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Remnant.Domain.Embargo;
using Remnant.Domain.Geography;
using Remnant.Web.Components.Display;

namespace Remnant.Web.Features.Embargo;

/// <summary>
/// The embargo sentence in the reader's language. The domain words it in English (for the API, the
/// CLI and English pages); other languages compose it here from the same findings, with the same
/// care not to presume that anyone breached a measure. Country names come from the runtime's ICU
/// data; descriptions recorded in the embargo table stay as written, isolated for bidirectional text.
/// </summary>
internal static class EmbargoWording
{
    private static readonly ConcurrentDictionary<(string Culture, string Code), string> CountryNames = new();

    /// <summary>The assessment's summary in the current UI culture.</summary>
    public static string Summary(IStringLocalizer L, EmbargoAssessment a)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en") return a.Summary;
        var q = a.Query;
        var item = Labels.Category(L, q.Category);
        var month = q.Date.ToString("MMMM yyyy", Gregorian(CultureInfo.CurrentCulture));
        string head = q.IsTransfer
            ? (q.Origin, q.Recipient) switch
            {
                ({ } from, { } to) => L["{0} transferred from a holder in {1} to a holder in {2}, {3}", item, Country(from), Country(to), month],
                ({ } from, null) => L["{0} transferred from a holder in {1}, {2}", item, Country(from), month],
                (null, { } to) => L["{0} transferred to a holder in {1}, {2}", item, Country(to), month],
                _ => L["{0}, {1}", item, month],
            }
            : (q.Origin, q.Recipient) switch
            {
                ({ } made, { } place) => L["{0} made in {1}, recovered in or delivered to {2}, {3}", item, Country(made), Country(place), month],
                ({ } made, null) => L["{0} made in {1}, {2}", item, Country(made), month],
                (null, { } place) => L["{0} recovered in or delivered to {1}, {2}", item, Country(place), month],
                _ => L["{0}, {1}", item, month],
            };
        if (a.Findings.Count == 0) return L["{0}: no UN arms measure recorded here applies to this item, place and date.", head];
        var clauses = a.Findings
            .GroupBy(f => (f.Direction, f.Measure.Effect, f.Measure.Country, f.Measure.Target, f.Area, f.RecipientMustBeTarget))
            .Select(g => Clause(L, g.First(), g.Select(f => f.Measure).ToList()));
        return L["{0}: {1}. This states which measures such a transfer would engage; it does not establish that a transfer took place or who made it.",
            head, string.Join(L["; "], clauses)];
    }

    private static string Clause(IStringLocalizer L, EmbargoFinding first, List<EmbargoMeasure> measures)
    {
        var m = first.Measure;
        var whom = m.Target switch
        {
            EmbargoTarget.NonStateArmedGroups => L["{0} in {1}", Described(m) ?? L["non-State armed groups"], Country(m.Country!.Value)],
            EmbargoTarget.ListedPersons => Described(m) ?? L["designated individuals and entities"],
            _ => Country(m.Country!.Value),
        };
        string what = first.Direction switch
        {
            EmbargoDirection.ExportFrom => L["export from {0}", whom],
            EmbargoDirection.ProcurementFrom => L["procurement from {0} by any State", whom],
            _ => L["supply to {0}", whom],
        };
        var cites = string.Join(L[" and "], measures.Select(x => Citation(L, x)
            + (x.Verified ? "" : $" [{L["paragraph to verify"]}]") + (x.Contested is null ? "" : $" [{L["contested"]}]")));
        string clause = m.Effect switch
        {
            EmbargoEffect.PriorNotification => L["{0} required prior notification to the sanctions committee under {1}", what, cites],
            EmbargoEffect.PriorApproval => L["{0} required prior approval under {1}", what, cites],
            _ => L["{0} is prohibited by {1}", what, cites],
        };
        var conditions = new List<string>();
        if (first.Area is { } area) conditions.Add(L["if the place of use or delivery is in {0}", Show.Isolated(area)]);
        if (first.RecipientMustBeTarget)
            conditions.Add(L["if the recipient is {0}", Described(m) ?? (m.Target == EmbargoTarget.NonStateArmedGroups
                ? L["a non-State armed group"] : L["an individual or entity designated by the committee"])]);
        return conditions.Count == 0 ? clause : $"{clause} ({string.Join(L[" and "], conditions)})";
    }

    /// <summary>"resolution 1718 (2006) para 8(b)" in the reader's language.</summary>
    public static string Citation(IStringLocalizer L, EmbargoMeasure m) => L["resolution {0} ({1}) para {2}", m.Resolution, m.Year, m.Paragraph];

    private static string? Described(EmbargoMeasure m) => m.TargetDescription is { } d ? Show.Isolated(d) : null;

    /// <summary>The country's name in the current UI language, from ICU (the region's name as a culture
    /// of that region displays it), else its English name, else its code.</summary>
    public static string Country(CountryCode code)
    {
        var ui = CultureInfo.CurrentUICulture;
        return CountryNames.GetOrAdd((ui.Name, code.Value), key =>
        {
            var region = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
                .FirstOrDefault(c => c.Name.EndsWith("-" + key.Code, StringComparison.Ordinal));
            var display = region?.DisplayName;
            var open = display?.IndexOf(" (", StringComparison.Ordinal) ?? -1;
            if (display is not null && open > 0 && display.EndsWith(')')) return display[(open + 2)..^1];
            try { return new RegionInfo(key.Code).EnglishName; }
            catch (ArgumentException) { return key.Code; }
        });
    }

    private static CultureInfo Gregorian(CultureInfo culture)
    {
        if (culture.Calendar is GregorianCalendar) return culture;
        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = clone.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
        return clone;
    }
}
