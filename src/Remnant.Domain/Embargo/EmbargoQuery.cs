using Remnant.Domain.Geography;
using Remnant.Domain.Items;

namespace Remnant.Domain.Embargo;

/// <summary>An item's journey to check: where it was made, who received it or where it was used,
/// what it is, and when the transfer or use happened.</summary>
/// <param name="Origin">Country of manufacture or export, when known.</param>
/// <param name="Recipient">Country of the recipient, or where the item was recovered or used.</param>
/// <param name="Category">What the item is.</param>
/// <param name="Date">When it was transferred (or, failing that, recovered).</param>
/// <param name="RecipientKind">Who received it, when known.</param>
/// <param name="IsTransfer">True for one recorded transfer between holders: <paramref name="Origin"/> is then the
/// sender's country, not where the item was made, and the wording says so.</param>
public sealed record EmbargoQuery(CountryCode? Origin, CountryCode? Recipient, ItemCategory Category, DateOnly Date,
    RecipientKind RecipientKind = RecipientKind.Unknown, bool IsTransfer = false);

/// <summary>One measure the journey would engage, and what it depends on.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Direction">Which way the journey engages it (supply to, export from, procurement from).</param>
/// <param name="Area">The measure covers only this part of its country (Darfur): the finding holds if
/// the place of use or delivery is there.</param>
/// <param name="RecipientMustBeTarget">The finding holds only if the recipient is the measure's target
/// (an armed group, a designated person), which the query does not say.</param>
public sealed record EmbargoFinding(EmbargoMeasure Measure, EmbargoDirection Direction, string? Area = null, bool RecipientMustBeTarget = false)
{
    /// <summary>True when the finding holds only if a fact not given is true (the recipient was an armed group).</summary>
    public bool Conditional => Area is not null || RecipientMustBeTarget;

    /// <summary>The condition in English ("" for none): "if the place of use or delivery is in Darfur
    /// and if the recipient is a non-State armed group".</summary>
    public string Condition
    {
        get
        {
            var area = Area is null ? "" : $"if the place of use or delivery is in {Area}";
            var recipient = RecipientMustBeTarget ? $"if the recipient is {Measure.TargetDescription ?? DefaultTarget(Measure.Target)}" : "";
            return area.Length == 0 ? recipient : recipient.Length == 0 ? area : $"{area} and {recipient}";
        }
    }

    private static string DefaultTarget(EmbargoTarget target) =>
        target == EmbargoTarget.NonStateArmedGroups ? "a non-State armed group" : "an individual or entity designated by the committee";
}

/// <summary>The result of a check: the measures potentially engaged, and one sentence that cites them
/// without presuming that anyone breached them.</summary>
public sealed record EmbargoAssessment(EmbargoQuery Query, IReadOnlyList<EmbargoFinding> Findings, string Summary)
{
    /// <summary>True when no measure applies to this journey.</summary>
    public bool Clear => Findings.Count == 0;
}
