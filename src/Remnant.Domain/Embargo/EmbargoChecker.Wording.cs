using System.Globalization;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;

namespace Remnant.Domain.Embargo;

public sealed partial class EmbargoChecker
{
    /// <summary>"DPRK-made missile recovered in Ukraine, August 2024: export from the DPRK is
    /// prohibited by resolution 1718 (2006) para 8(b) and 1874 (2009) para 9; ..." — what the law
    /// says about such a journey, not a finding that anyone broke it.</summary>
    private static string Summarize(EmbargoQuery q, List<EmbargoFinding> findings)
    {
        var item = q.Category.ToCode().Replace('-', ' ');
        var head = (q.IsTransfer
                ? Capitalize(item) + " transferred" + (q.Origin is { } from ? $" from a holder in {Name(from, article: false)}" : "")
                    + (q.Recipient is { } to ? $" to a holder in {Name(to, article: false)}" : "")
                : (q.Origin is { } o ? $"{Adjective(o)}-made {item}" : Capitalize(item))
                    + (q.Recipient is { } r ? $" recovered in or delivered to {Name(r, article: false)}" : ""))
            + ", " + q.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        if (findings.Count == 0) return $"{head}: no UN arms measure recorded here applies to this item, place and date.";
        var clauses = findings
            .GroupBy(f => (f.Direction, f.Measure.Effect, Country: f.Measure.Country, f.Measure.Target, f.Condition))
            .Select(g => Clause(g.Key.Direction, g.Key.Effect, g.Key.Country, g.First().Measure, g.Key.Condition, g.Select(f => f.Measure).ToList()));
        return $"{head}: {string.Join("; ", clauses)}. This states which measures such a transfer would engage; it does not establish that a transfer took place or who made it.";
    }

    private static string Clause(EmbargoDirection direction, EmbargoEffect effect, CountryCode? country, EmbargoMeasure first, string condition, List<EmbargoMeasure> measures)
    {
        var whom = first.Target switch
        {
            EmbargoTarget.NonStateArmedGroups => $"{first.TargetDescription ?? "non-State armed groups"} in {Name(country!.Value, article: true)}",
            EmbargoTarget.ListedPersons => first.TargetDescription ?? "designated individuals and entities",
            _ => Name(country!.Value, article: true),
        };
        var what = direction switch
        {
            EmbargoDirection.ExportFrom => $"export from {whom}",
            EmbargoDirection.ProcurementFrom => $"procurement from {whom} by any State",
            _ => $"supply to {whom}",
        };
        var rule = effect switch
        {
            EmbargoEffect.PriorNotification => "required prior notification to the sanctions committee under",
            EmbargoEffect.PriorApproval => "required prior approval under",
            _ => "is prohibited by",
        };
        var cites = string.Join(" and ", measures.Select(m => m.Citation + (m.Verified ? "" : " [paragraph to verify]") + (m.Contested is null ? "" : " [contested]")));
        return $"{what} {rule} {cites}" + (condition.Length > 0 ? $" ({condition})" : "");
    }

    private static string Adjective(CountryCode c) => c.Value switch
    {
        "KP" => "DPRK", "IR" => "Iranian", "RU" => "Russian", "CN" => "Chinese", "US" => "US", "UA" => "Ukrainian", "GB" => "UK",
        _ => Name(c, article: false),
    };

    private static string Name(CountryCode c, bool article) => c.Value switch
    {
        "KP" => article ? "the DPRK" : "the DPRK",
        "CD" => "the Democratic Republic of the Congo",
        "CF" => "the Central African Republic",
        "US" => "the United States",
        "GB" => "the United Kingdom",
        _ => TryRegion(c),
    };

    private static string TryRegion(CountryCode c)
    {
        try { return new RegionInfo(c.Value).EnglishName; }
        catch (ArgumentException) { return c.Value; }
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
