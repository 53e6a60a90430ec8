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
        IReadOnlyList<DatingContradiction> contradictions, string explanation)
    {
        Interval = interval;
        Evidence = evidence;
        Contradictions = contradictions;
        Explanation = explanation;
    }

    /// <summary>The days allowed by every piece of evidence; null when there is no evidence or it contradicts.</summary>
    public DateInterval? Interval { get; }

    /// <summary>The evidence the window was computed from, in the order given.</summary>
    public IReadOnlyList<DatedEvidence> Evidence { get; }

    /// <summary>Every pair of evidence whose intervals are disjoint; empty when consistent.</summary>
    public IReadOnlyList<DatingContradiction> Contradictions { get; }

    /// <summary>True when at least two pieces of evidence cannot both hold.</summary>
    public bool IsContradictory => Contradictions.Count > 0;

    /// <summary>One English sentence saying what the window is and why.</summary>
    public string Explanation { get; }

    /// <summary>Intersects <paramref name="evidence"/>; never throws, an empty list gives an unknown window.</summary>
    public static ProductionWindow Of(IEnumerable<DatedEvidence> evidence)
    {
        var items = evidence.Where(e => e is not null).ToList();
        if (items.Count == 0) return new ProductionWindow(null, items, [], "No dated marking: production window unknown.");

        var contradictions = new List<DatingContradiction>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].Interval.Overlaps(items[j].Interval)) continue;
                var (first, second) = items[i].Interval.To < items[j].Interval.From ? (items[i], items[j]) : (items[j], items[i]);
                contradictions.Add(new DatingContradiction(first, second,
                    $"{first.Source} ({first.Interval}) ends before {second.Source} ({second.Interval}) begins: both cannot be true."));
            }
        }
        if (contradictions.Count > 0)
        {
            return new ProductionWindow(null, items, contradictions,
                $"Contradictory dating: {contradictions.Count} pair(s) of accepted readings share no day.");
        }

        var window = items[0].Interval;
        foreach (var item in items.Skip(1)) window = window.Intersect(item.Interval)!.Value;
        var latestStart = items.MaxBy(e => e.Interval.From)!;
        var earliestEnd = items.MinBy(e => e.Interval.To)!;
        return new ProductionWindow(window, items, [],
            items.Count == 1
                ? $"Produced {window} according to {latestStart.Source}."
                : $"Produced {window}: not before {window.From.ToIso()} ({latestStart.Source}), not after {window.To.ToIso()} ({earliestEnd.Source}).");
    }
}
