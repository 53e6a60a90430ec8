using Remnant.Domain.Wording;

namespace Remnant.Domain.Dating;

/// <summary>
/// An item's production window: the intersection of the intervals of its accepted interpretations.
/// When two of them share no day the window is empty and every disjoint pair is reported as a
/// <see cref="DatingContradiction"/>: a contradiction is evidence (a misread, a replaced part, a
/// false marking) and is never hidden by dropping one side.
/// </summary>
public sealed class ProductionWindow
{
    private ProductionWindow(DateInterval? interval, IReadOnlyList<DatedEvidence> evidence,
        IReadOnlyList<DatingContradiction> contradictions, Reason explanation)
    {
        Interval = interval;
        Evidence = evidence;
        Contradictions = contradictions;
        Why = explanation;
    }

    /// <summary>The days allowed by every piece of evidence; null when there is no evidence or it contradicts.</summary>
    public DateInterval? Interval { get; }

    /// <summary>The evidence the window was computed from, in the order given.</summary>
    public IReadOnlyList<DatedEvidence> Evidence { get; }

    /// <summary>Every pair of evidence whose intervals are disjoint; empty when consistent.</summary>
    public IReadOnlyList<DatingContradiction> Contradictions { get; }

    /// <summary>True when at least two pieces of evidence cannot both hold.</summary>
    public bool IsContradictory => Contradictions.Count > 0;

    /// <summary>One sentence saying what the window is and why.</summary>
    public Reason Why { get; }

    /// <summary><see cref="Why"/> in English.</summary>
    public string Explanation => Why.ToString();

    /// <summary>Intersects <paramref name="evidence"/>; never throws, an empty list gives an unknown window.</summary>
    public static ProductionWindow Of(IEnumerable<DatedEvidence> evidence)
    {
        var items = evidence.Where(e => e is not null).ToList();
        if (items.Count == 0) return new ProductionWindow(null, items, [], DatingReasons.NoMarking.With());

        var contradictions = new List<DatingContradiction>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].Interval.Overlaps(items[j].Interval)) continue;
                var (first, second) = items[i].Interval.To < items[j].Interval.From ? (items[i], items[j]) : (items[j], items[i]);
                contradictions.Add(new DatingContradiction(first, second,
                    DatingReasons.Disjoint.With(first.Label, first.Interval, second.Label, second.Interval)));
            }
        }
        if (contradictions.Count > 0)
        {
            return new ProductionWindow(null, items, contradictions,
                DatingReasons.Contradictory.With(contradictions.Count));
        }

        var window = items[0].Interval;
        foreach (var item in items.Skip(1)) window = window.Intersect(item.Interval)!.Value;
        var latestStart = items.MaxBy(e => e.Interval.From)!;
        var earliestEnd = items.MinBy(e => e.Interval.To)!;
        return new ProductionWindow(window, items, [],
            items.Count == 1
                ? DatingReasons.ProducedBy.With(window, latestStart.Label)
                : DatingReasons.ProducedBetween.With(window, window.From, latestStart.Label, window.To, earliestEnd.Label));
    }
}
