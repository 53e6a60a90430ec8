using Remnant.Domain.Wording;

namespace Remnant.Domain.Dating;

/// <summary>One dating of an item by one of its markings: the marking as read, the system that read
/// it, whether the reading still awaits the analyst, and the interval it allows.</summary>
/// <param name="Marking">The marking's text, e.g. <c>113</c>.</param>
/// <param name="System">The system that read it, e.g. <c>juche</c>.</param>
/// <param name="Provisional">True for the decoder's top reading not yet accepted; false for a reading the analyst accepted.</param>
/// <param name="Interval">The days on which the item can have been produced according to this evidence.</param>
public sealed record DatedEvidence(string Marking, string System, bool Provisional, DateInterval Interval)
{
    /// <summary>The marking's text.</summary>
    public string Marking { get; } = Marking ?? throw new ArgumentNullException(nameof(Marking));

    /// <summary>The system that read it.</summary>
    public string System { get; } = System ?? throw new ArgumentNullException(nameof(System));

    /// <summary>How reasons name it, <c>113 (juche, provisional)</c> or <c>113 (juche, accepted)</c>: a
    /// word a user interface translates (the state) around the marking and system as written.</summary>
    // Made on each read rather than kept: a record compares its fields, and phrases compare by reference.
    public Phrase Label => (Provisional ? DatingReasons.ProvisionalReading : DatingReasons.AcceptedReading).With(Marking, System);

    /// <summary><see cref="Label"/> in English, shown when evidence contradicts.</summary>
    public string Source => Label.ToString();
}

/// <summary>Two pieces of evidence that cannot both be true: their intervals share no day.</summary>
/// <param name="First">The evidence whose interval ends first.</param>
/// <param name="Second">The evidence whose interval starts after <paramref name="First"/> ends.</param>
/// <param name="Why">The explanation naming both sources and intervals, phrase by phrase.</param>
public sealed record DatingContradiction(DatedEvidence First, DatedEvidence Second, Reason Why)
{
    /// <summary>The explanation in English.</summary>
    public string Reason => Why.ToString();
}
