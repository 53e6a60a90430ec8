using Remnant.Domain.Dating;
using Remnant.Domain.Geography;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>
/// One reading of a marking: the system that reads it (<see cref="DecodingSystems"/>), the days on which
/// the item can have been made, the parts read out, how believable it is and why (in English through <see cref="Reason"/>, phrase by phrase
/// through <see cref="Why"/>).
/// Several interpretations of one marking may stand at once.
/// </summary>
public sealed class Interpretation
{
    /// <summary>Creates a reading; throws <see cref="ArgumentException"/> when <paramref name="from"/> is
    /// after <paramref name="to"/> or the system is blank (programming errors, not bad input).</summary>
    public Interpretation(string system, DateOnly from, DateOnly to, Confidence confidence, Reason reason,
        InterpretationFields? fields = null, CountryCode? country = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        ArgumentNullException.ThrowIfNull(reason);
        if (from > to) throw new ArgumentException($"Interpretation starts {from.ToIso()} after it ends {to.ToIso()}.", nameof(from));
        if (confidence is < Confidence.Low or > Confidence.High) throw new ArgumentOutOfRangeException(nameof(confidence));
        System = system;
        From = from;
        To = to;
        Confidence = confidence;
        Why = reason;
        Fields = fields ?? InterpretationFields.Empty;
        Country = country;
    }

    /// <summary>The reading system: <c>juche</c>, <c>yyww</c>, <c>headstamp</c>...</summary>
    public string System { get; }

    /// <summary>First possible production day.</summary>
    public DateOnly From { get; }

    /// <summary>Last possible production day (never after the decode's today).</summary>
    public DateOnly To { get; }

    /// <summary><see cref="From"/>..<see cref="To"/> as an interval.</summary>
    public DateInterval Interval => new(From, To);

    /// <summary>How believable the reading is after context (see <see cref="Decoding.Confidence"/>).</summary>
    public Confidence Confidence { get; }

    /// <summary>Why: the rule applied and every context fact that moved the ranking, phrase by phrase.</summary>
    public Reason Why { get; }

    /// <summary><see cref="Why"/> in English, as outputs and files carry it.</summary>
    public string Reason => Why.ToString();

    /// <summary>Parts read out of the marking (factory, maker, week, lot...).</summary>
    public InterpretationFields Fields { get; }

    /// <summary>The country this reading points to (KP for Juche, TW for Minguo, a factory's country), if any.</summary>
    public CountryCode? Country { get; }

    /// <inheritdoc />
    public override string ToString() => $"{System} {Interval} ({Confidence})";
}
