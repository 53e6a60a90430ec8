using System.Globalization;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;

namespace Remnant.Domain.Embargo;

/// <summary>Answers which UN arms measures an item's journey would engage, citing resolution and
/// paragraph, from the measures recorded as data (<c>data/reference/embargoes.json</c>).</summary>
public sealed partial class EmbargoChecker(IEnumerable<EmbargoMeasure> measures)
{
    private readonly EmbargoMeasure[] measures = [.. measures];

    /// <summary>Every measure known to the checker.</summary>
    public IReadOnlyList<EmbargoMeasure> Measures => measures;

    /// <summary>Checks <paramref name="query"/>: measures in force on its date, whose direction
    /// matches the journey (supply to the recipient's country, export or procurement from the
    /// origin), whose target fits the recipient and whose scope covers the item.</summary>
    public EmbargoAssessment Check(EmbargoQuery query)
    {
        var findings = new List<EmbargoFinding>();
        foreach (var m in measures)
        {
            if (!m.AppliesOn(query.Date) || !EmbargoScopes.Covers(m, query.Category)) continue;
            foreach (var direction in m.Directions)
            {
                if (Engages(m, direction, query) is { } finding) findings.Add(finding);
            }
        }
        return new EmbargoAssessment(query, findings, Summarize(query, findings));
    }

    /// <summary>Null when the measure does not apply this way; else the finding with what it depends on.</summary>
    private static EmbargoFinding? Engages(EmbargoMeasure m, EmbargoDirection direction, EmbargoQuery q)
    {
        if (direction is EmbargoDirection.ExportFrom or EmbargoDirection.ProcurementFrom)
            return m.Target == EmbargoTarget.State && q.Origin is { } origin && origin == m.Country ? new EmbargoFinding(m, direction) : null;
        switch (m.Target)
        {
            case EmbargoTarget.State:
                // A territorial embargo covers every recipient in the country.
                return q.Recipient == m.Country ? new EmbargoFinding(m, direction, m.Area) : null;
            case EmbargoTarget.NonStateArmedGroups:
                if (q.Recipient != m.Country || q.RecipientKind == RecipientKind.State) return null;
                return new EmbargoFinding(m, direction, m.Area, RecipientMustBeTarget: q.RecipientKind != RecipientKind.NonStateArmedGroup);
            default:
                if (q.RecipientKind == RecipientKind.ListedPerson) return m.Country is not { } c || q.Recipient == c ? new EmbargoFinding(m, direction) : null;
                // Listed persons anywhere are reported only when the recipient is known to be listed;
                // a country's listed groups (Yemen, Haiti) conditionally for any non-State recipient there.
                if (m.Country is not { } country || q.Recipient != country || q.RecipientKind == RecipientKind.State) return null;
                return new EmbargoFinding(m, direction, RecipientMustBeTarget: true);
        }
    }
}
