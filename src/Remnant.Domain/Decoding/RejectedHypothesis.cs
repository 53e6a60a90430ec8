using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>A reading that was considered and dismissed, with the reason: an impossible week, a
/// month letter that MIL-STD-1168 skips, a year after today, an input that cannot be trusted.</summary>
/// <param name="System">The system considered, or <see cref="DecodingSystems.Input"/> for the input as a whole.</param>
/// <param name="Why">The explanation, phrase by phrase.</param>
public sealed record RejectedHypothesis(string System, Reason Why)
{
    /// <summary>The explanation in English.</summary>
    public string Reason => Why.ToString();
}

/// <summary>Something the marking establishes without dating the item, such as the absence of a
/// headstamp (Iranian ammunition found in Africa carried none).</summary>
/// <param name="System">The family that recorded it, e.g. <c>headstamp</c>.</param>
/// <param name="Name">Short machine name, e.g. <c>absent</c>.</param>
/// <param name="Why">The explanation, phrase by phrase.</param>
public sealed record MarkingFact(string System, string Name, Reason Why)
{
    /// <summary>The explanation in English.</summary>
    public string Reason => Why.ToString();
}
