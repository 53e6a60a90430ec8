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

/// <summary>One measure the journey would engage, and how it is worded.</summary>
public sealed record EmbargoFinding(EmbargoMeasure Measure, EmbargoDirection Direction, string Condition)
{
    /// <summary>True when the finding holds only if a fact not given is true (the recipient was an armed group).</summary>
    public bool Conditional => Condition.Length > 0;
}

/// <summary>The result of a check: the measures potentially engaged, and one sentence that cites them
/// without presuming that anyone breached them.</summary>
public sealed record EmbargoAssessment(EmbargoQuery Query, IReadOnlyList<EmbargoFinding> Findings, string Summary)
{
    /// <summary>True when no measure applies to this journey.</summary>
    public bool Clear => Findings.Count == 0;
}
