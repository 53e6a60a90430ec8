using Remnant.Domain.Dating;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>What the decoder families found for one marking, before ranking. Enforces the rule that
/// nothing is dated after today: a reading starting after today is rejected, one running past it is
/// clipped.</summary>
internal sealed class Hypotheses(DateOnly today, bool explicitKind)
{
    private int _groups;
    private int _order;

    public DateOnly Today { get; } = today;

    /// <summary>True when one family was asked for by name: it then explains why a marking does not
    /// have its shape; under auto such notes would only be noise.</summary>
    public bool ExplicitKind { get; } = explicitKind;

    public List<Candidate> Candidates { get; } = new(8);

    public List<RejectedHypothesis> Rejected { get; } = new(4);

    public List<MarkingFact> Facts => _facts ??= [];

    public bool HasFacts => _facts is { Count: > 0 };

    private List<MarkingFact>? _facts;

    public int NewGroup() => ++_groups;

    public void Add(Candidate candidate)
    {
        if (candidate.Interval.From > Today)
        {
            Reject(candidate.System, candidate.Reason.Then(RankingReasons.StartsAfterToday.With(candidate.Interval.From, Today)));
            return;
        }
        if (candidate.Interval.To > Today)
        {
            candidate.Interval = new DateInterval(candidate.Interval.From, Today);
            candidate.Note(RankingReasons.EndsToday.With(Today));
        }
        candidate.Order = _order++;
        Candidates.Add(candidate);
    }

    public void Reject(string system, Reason reason) => Rejected.Add(new RejectedHypothesis(system, reason));

    /// <summary>Rejects only when the family was asked for by name (see <see cref="ExplicitKind"/>).</summary>
    public void NotThisShape(string system, Phrase reason)
    {
        if (ExplicitKind) Reject(system, reason);
    }
}
