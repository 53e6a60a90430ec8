using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Data.Sanctions;
using Remnant.Domain.Parties;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Data.Sanctions.Store;

/// <summary>What re-screening the parties found.</summary>
public sealed record RescreenOutcome(int Parties, int New, int Cleared, int Kept);

/// <summary>Screens every party of the tracing module against the current index and keeps one flag per
/// (party, listing): new flags are marked <c>new</c>, flags that no longer match <c>cleared</c>, and an
/// analyst's earlier decision on the same listing (by stable id) is carried onto the flag.</summary>
public static class PartyRescreen
{
    /// <summary>Screens every standing party, or only <paramref name="partyId"/> (after it was saved),
    /// at <paramref name="threshold"/> (default: <see cref="ScreeningOptions.DefaultThreshold"/>).</summary>
    public static async Task<RescreenOutcome> RunAsync(RemnantDbContext db, SanctionsIndex index, DateTimeOffset now, CancellationToken cancellationToken,
        string? partyId = null, double? threshold = null)
    {
        if (index.Index is not { } screening) return new RescreenOutcome(0, 0, 0, 0);
        var options = new ScreeningOptions { Threshold = threshold ?? ScreeningOptions.DefaultThreshold };
        var snapshots = index.Snapshots.ToDictionary(s => s.Source, s => s.Id);
        var parties = await db.Parties.AsNoTracking().Where(p => p.RetractedAt == null && (partyId == null || p.Id == partyId)).ToListAsync(cancellationToken);
        var flags = await db.PartyScreeningFlags.Where(f => partyId == null || f.PartyId == partyId).ToListAsync(cancellationToken);
        var decisions = await db.ScreeningDecisions.AsNoTracking().Where(d => d.Subject.StartsWith("party:")).ToListAsync(cancellationToken);
        int added = 0, cleared = 0, kept = 0;
        foreach (var party in parties)
        {
            var hits = new Dictionary<(string, string), ScreeningMatch>();
            foreach (var name in new[] { party.Name, party.OriginalScriptName }.Concat(party.Aliases).OfType<string>())
            {
                var parse = ScreeningQuery.Parse(name, SchemaOf(party.Kind), countries: party.Country is { } c ? [c] : null);
                if (!parse.Succeeded) continue;
                foreach (var m in screening.Screen(parse.Query!, options).Matches.Where(m => m.IsMatch))
                {
                    var key = (m.Party.Source.ToCode(), m.Party.StableId);
                    if (!hits.TryGetValue(key, out var best) || m.Score > best.Score) hits[key] = m;
                }
            }
            var mine = flags.Where(f => f.PartyId == party.Id).ToList();
            foreach (var ((source, stableId), m) in hits)
            {
                var decision = decisions.Where(d => d.Subject == "party:" + party.Id && d.Source == source && d.StableId == stableId)
                    .OrderBy(d => d.At).LastOrDefault()?.Decision;
                var flag = mine.FirstOrDefault(f => f.Source == source && f.StableId == stableId);
                if (flag is null)
                {
                    db.PartyScreeningFlags.Add(new PartyScreeningFlag
                    {
                        PartyId = party.Id, Source = source, StableId = stableId, Reference = m.Party.Reference, ListedName = m.Party.PrimaryName,
                        Score = m.Score, SnapshotId = snapshots.GetValueOrDefault(source, ""), FlaggedAt = now, Change = "new", Decision = decision,
                    });
                    added++;
                }
                else
                {
                    flag.Change = flag.Change == "cleared" ? "new" : "unchanged";
                    flag.Score = m.Score;
                    flag.SnapshotId = snapshots.GetValueOrDefault(source, flag.SnapshotId);
                    flag.Decision = decision ?? flag.Decision;
                    kept++;
                }
            }
            foreach (var flag in mine.Where(f => !hits.ContainsKey((f.Source, f.StableId)) && f.Change != "cleared"))
            {
                flag.Change = "cleared";
                flag.FlaggedAt = now;
                cleared++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new RescreenOutcome(parties.Count, added, cleared, kept);
    }

    /// <summary>Screens one party just saved against each list's latest snapshot (nothing to do before any
    /// list is imported), so its page shows its flags at once.</summary>
    public static async Task<RescreenOutcome> ScreenSavedAsync(RemnantDbContext db, SanctionsIndex index, ScreeningSettings settings, string partyId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await index.EnsureAsync(db, cancellationToken);
        return await RunAsync(db, index, now, cancellationToken, partyId, settings.Threshold);
    }

    /// <summary>The screening schema of a party kind; a State is screened as an organisation.</summary>
    public static PartySchema SchemaOf(PartyKind kind) => kind switch
    {
        PartyKind.Person => PartySchema.Person,
        PartyKind.Company => PartySchema.Company,
        _ => PartySchema.Organization,
    };
}
