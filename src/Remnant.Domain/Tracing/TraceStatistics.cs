namespace Remnant.Domain.Tracing;

/// <summary>A count with its denominator: "12 of 40". Traced items are a sample, so no rate is
/// shown without what it is a rate of.</summary>
/// <param name="Count">How many.</param>
/// <param name="Of">Out of how many.</param>
public readonly record struct Ratio(int Count, int Of)
{
    /// <summary>Count / Of, or null when Of is zero.</summary>
    public double? Rate => Of == 0 ? null : (double)Count / Of;
}

/// <summary>What statistics need of one trace request.</summary>
/// <param name="RecipientPartyId">The party asked.</param>
/// <param name="RecipientCountry">Its country code, if known.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DaysToAnswer">Days from sending to the answer, when answered.</param>
public sealed record TraceOutcome(string RecipientPartyId, string? RecipientCountry, TraceStatus Status, int? DaysToAnswer);

/// <summary>Trace statistics for one group (a party, a country, or everything). Drafts are not
/// requests yet and are left out of every figure.</summary>
/// <param name="Key">The party id or country code; empty for the total.</param>
/// <param name="Requests">Requests sent.</param>
/// <param name="Answered">Answered, of requests sent.</param>
/// <param name="Refused">Refused, of requests sent.</param>
/// <param name="NoResponse">Closed without a reply, of requests sent.</param>
/// <param name="Open">Still awaiting a reply, of requests sent.</param>
/// <param name="Responded">Answered or refused (any reply), of requests sent: the response rate.</param>
/// <param name="MedianDaysToAnswer">Median days from sending to answer.</param>
/// <param name="MedianOf">How many answers the median is taken over.</param>
public sealed record TraceStatisticsRow(string Key, int Requests, Ratio Answered, Ratio Refused, Ratio NoResponse, Ratio Open,
    Ratio Responded, double? MedianDaysToAnswer, int MedianOf);

/// <summary>Computes <see cref="TraceStatisticsRow"/>s.</summary>
public static class TraceStatistics
{
    /// <summary>One row per key (keys ordered by most requests, then by key).</summary>
    public static IReadOnlyList<TraceStatisticsRow> By(IEnumerable<TraceOutcome> outcomes, Func<TraceOutcome, string> key) =>
        outcomes.Where(o => o.Status != TraceStatus.Draft).GroupBy(key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList()))
            .OrderByDescending(r => r.Requests).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    /// <summary>One row over all <paramref name="outcomes"/>.</summary>
    public static TraceStatisticsRow Total(IEnumerable<TraceOutcome> outcomes) =>
        Row(string.Empty, outcomes.Where(o => o.Status != TraceStatus.Draft).ToList());

    /// <summary>The median, or null for no values.</summary>
    public static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static TraceStatisticsRow Row(string key, IReadOnlyList<TraceOutcome> sent)
    {
        int Count(params TraceStatus[] statuses) => sent.Count(o => statuses.Contains(o.Status));
        var n = sent.Count;
        var days = sent.Where(o => o.Status == TraceStatus.Answered && o.DaysToAnswer is not null).Select(o => o.DaysToAnswer!.Value).ToList();
        return new TraceStatisticsRow(key, n,
            new(Count(TraceStatus.Answered), n), new(Count(TraceStatus.Refused), n), new(Count(TraceStatus.NoResponse), n),
            new(Count(TraceStatus.Sent, TraceStatus.Acknowledged), n), new(Count(TraceStatus.Answered, TraceStatus.Refused), n),
            Median(days), days.Count);
    }
}
