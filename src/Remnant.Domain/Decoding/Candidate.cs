using Remnant.Domain.Dating;
using Remnant.Domain.Geography;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>A reading under consideration: mutable while context moves its score, frozen into an
/// <see cref="Interpretation"/> at the end.</summary>
internal sealed class Candidate
{
    public const int Step = 10;
    public const int HighScore = 30;
    public const int MediumScore = 20;
    public const int LowScore = 10;

    private List<Phrase>? _notes;

    public Candidate(DecoderFamily family, string system, DateInterval interval, Confidence baseConfidence, Reason reason)
    {
        Family = family;
        System = system;
        Interval = interval;
        Score = (int)baseConfidence * Step;
        Reason = reason;
    }

    public DecoderFamily Family { get; }

    public string System { get; }

    public DateInterval Interval { get; set; }

    public int Score { get; private set; }

    public Reason Reason { get; }

    public InterpretationFields Fields { get; init; } = InterpretationFields.Empty;

    /// <summary>The country the reading names in output (KP for Juche).</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Countries whose use of this system supports the reading (Solar Hijri: IR and AF).</summary>
    public string[]? Countries { get; init; }

    /// <summary>Readings of one ambiguous part (the decade of a one-digit year, the century of a
    /// two-digit one) share a group, so an era window can pick among them.</summary>
    public int Group { get; init; }

    public int Order { get; set; }

    public Confidence Confidence => Score >= HighScore ? Confidence.High : Score >= MediumScore ? Confidence.Medium : Confidence.Low;

    public void Raise(params Phrase[] why) { Score += Step; Note(why); }

    public void Lower(params Phrase[] why) { Score -= Step; Note(why); }

    public void Note(params Phrase[] why) => (_notes ??= []).AddRange(why);

    public Interpretation Freeze() => new(System, Interval.From, Interval.To, Confidence, FullReason, Fields, Country);

    private Reason FullReason => _notes is null ? Reason : Reason.Then([.. _notes]);
}
