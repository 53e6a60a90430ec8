using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

/// <summary>One row of trace statistics: a country (null: the recipient's country is not recorded),
/// a party, or the total. Every figure is a count with the number it is out of.</summary>
public sealed record TraceStatsRowDto(string? Country, PartyRef? Party, int Requests, Ratio Answered, Ratio Refused, Ratio NoResponse,
    Ratio Open, Ratio Responded, double? MedianDaysToAnswer, int MedianOf);

internal sealed record TraceStatsDto(TraceStatsRowDto Total, IReadOnlyList<TraceStatsRowDto> ByCountry, IReadOnlyList<TraceStatsRowDto> ByParty);

internal static class TraceStats
{
    public static async Task<TraceStatsDto> LoadAsync(RemnantDbContext db, CancellationToken ct)
    {
        var requests = await db.TraceRequests.AsNoTracking().Where(t => t.RetractedAt == null && t.Status != TraceStatus.Draft).ToListAsync(ct);
        var parties = await ChainQuery.PartiesAsync(db, requests.Select(r => r.RecipientPartyId), ct);
        var outcomes = requests.Select(r => new TraceOutcome(r.RecipientPartyId, parties.GetValueOrDefault(r.RecipientPartyId)?.Country,
            r.Status, TraceSchedule.DaysToAnswer(r))).ToList();
        TraceStatsRowDto Row(TraceStatisticsRow r, string? country, PartyRef? party) =>
            new(country, party, r.Requests, r.Answered, r.Refused, r.NoResponse, r.Open, r.Responded, r.MedianDaysToAnswer, r.MedianOf);
        return new TraceStatsDto(
            Row(TraceStatistics.Total(outcomes), null, null),
            TraceStatistics.By(outcomes, o => o.RecipientCountry ?? string.Empty).Select(r => Row(r, r.Key.Length == 0 ? null : r.Key, null)).ToList(),
            TraceStatistics.By(outcomes, o => o.RecipientPartyId).Select(r => Row(r, parties.GetValueOrDefault(r.Key)?.Country, PartyRef.Of(r.Key, parties))).ToList());
    }
}
