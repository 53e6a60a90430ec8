using Remnant.Domain.Wording;

namespace Remnant.Domain.Dating;

/// <summary>One accepted dating of an item: where it came from (a marking and the system that read it,
/// e.g. <c>"113 (juche)"</c>) and the interval it allows.</summary>
/// <param name="Source">Human-readable origin, shown when evidence contradicts.</param>
/// <param name="Interval">The days on which the item can have been produced according to this evidence.</param>
public sealed record DatedEvidence(string Source, DateInterval Interval);

/// <summary>Two pieces of evidence that cannot both be true: their intervals share no day.</summary>
/// <param name="First">The evidence whose interval ends first.</param>
/// <param name="Second">The evidence whose interval starts after <paramref name="First"/> ends.</param>
/// <param name="Why">The explanation naming both sources and intervals, phrase by phrase.</param>
public sealed record DatingContradiction(DatedEvidence First, DatedEvidence Second, Reason Why)
{
    /// <summary>The explanation in English.</summary>
    public string Reason => Why.ToString();
}
