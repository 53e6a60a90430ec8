using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Data.Sanctions.Store;

/// <summary>The in-process screening index over each list's latest snapshot, rebuilt from the
/// database when a newer snapshot is there (an import by the CLI or another instance); a singleton,
/// readers take the current index atomically.</summary>
public sealed class SanctionsIndex
{
    private volatile Loaded? current;
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    private sealed record Loaded(ScreeningIndex Index, IReadOnlyList<SanctionsSnapshotRecord> Snapshots);

    /// <summary>The index, or null before any list was imported.</summary>
    public ScreeningIndex? Index => current?.Index;

    /// <summary>The snapshots the index holds.</summary>
    public IReadOnlyList<SanctionsSnapshotRecord> Snapshots => current?.Snapshots ?? [];

    /// <summary>Rebuilds from the latest snapshots in the database.</summary>
    public async Task RefreshAsync(RemnantDbContext db, CancellationToken cancellationToken)
    {
        var latest = await SanctionsStore.LatestAllAsync(db, cancellationToken);
        current = latest.Count == 0 ? null : new Loaded(ScreeningIndex.Build(latest.Select(l => l.Snapshot)), [.. latest.Select(l => l.Record)]);
    }

    /// <summary>Makes the index match each list's latest snapshot in the database: a cheap look at the
    /// snapshot records, and a rebuild only when a list was imported since the last one.</summary>
    public async Task EnsureAsync(RemnantDbContext db, CancellationToken cancellationToken)
    {
        if (Matches(await SanctionsStore.LatestIdsAsync(db, cancellationToken))) return;
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (!Matches(await SanctionsStore.LatestIdsAsync(db, cancellationToken))) await RefreshAsync(db, cancellationToken);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private bool Matches(Dictionary<string, string> latest) =>
        current is { } loaded ? latest.Values.ToHashSet(StringComparer.Ordinal).SetEquals(loaded.Snapshots.Select(s => s.Id)) : latest.Count == 0;

    /// <summary>Screens and writes the screening log (who, what, against which snapshots, result).</summary>
    public async Task<ScreeningResult?> ScreenAndLogAsync(RemnantDbContext db, ScreeningQuery query, ScreeningOptions options, string who, string channel,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        (await ScreenAndLogAsync(db, [query], options, who, channel, now, cancellationToken))[0];

    /// <summary>Screens several queries against one index and writes their screening log rows in one
    /// save, so a batch (a file of names, a yente request) costs one commit rather than one per name.
    /// Null queries (refused ones) give null results and no log row. Nothing is returned before the log
    /// holds it.</summary>
    public async Task<IReadOnlyList<ScreeningResult?>> ScreenAndLogAsync(RemnantDbContext db, IReadOnlyList<ScreeningQuery?> queries, ScreeningOptions options,
        string who, string channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var loaded = current;
        var results = new ScreeningResult?[queries.Count];
        if (loaded is null) return results;
        var snapshots = string.Join(",", loaded.Snapshots.Select(s => s.Id));
        for (var i = 0; i < queries.Count; i++)
        {
            if (queries[i] is not { } query) continue;
            var result = results[i] = loaded.Index.Screen(query, options);
            db.ScreeningLog.Add(new ScreeningLogRecord
            {
                At = now, Who = who, Channel = channel, Query = query.Name.Length > 1000 ? query.Name[..1000] : query.Name,
                Snapshots = snapshots, Matches = result.Matches.Count(m => m.IsMatch),
                ResultJson = JsonSerializer.Serialize(result.Matches.Select(m => new
                {
                    list = m.Party.Source.ToCode(), reference = m.Party.Reference, id = m.Party.StableId, m.Score, match = m.IsMatch,
                }), LogJson),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    private static readonly JsonSerializerOptions LogJson = new(JsonSerializerDefaults.Web);

    /// <summary>An analyst's decision that a hit is the listed party.</summary>
    public const string TrueMatch = "true-match";

    /// <summary>An analyst's decision that a hit is not the listed party.</summary>
    public const string FalsePositive = "false-positive";

    /// <summary>True for <see cref="TrueMatch"/> or <see cref="FalsePositive"/>.</summary>
    public static bool IsDecision(string? text) => text is TrueMatch or FalsePositive;

    /// <summary>Records an analyst's decision on a hit (<see cref="TrueMatch"/> or <see cref="FalsePositive"/>)
    /// for a subject (<c>party:{id}</c> or <c>name:{fold key}</c>). A party's flag on that listing shows it at
    /// once; later imports carry it over by list and stable id. With <paramref name="flagRequired"/>, a party
    /// subject without a flag on that listing records nothing and gives false.</summary>
    public static async Task<bool> DecideAsync(RemnantDbContext db, string subject, string source, string stableId, string decision, string? note,
        string who, DateTimeOffset at, CancellationToken cancellationToken, bool flagRequired = false)
    {
        PartyScreeningFlag? flag = null;
        if (subject.StartsWith("party:", StringComparison.Ordinal))
        {
            var partyId = subject["party:".Length..];
            flag = await db.PartyScreeningFlags.FirstOrDefaultAsync(f => f.PartyId == partyId && f.Source == source && f.StableId == stableId, cancellationToken);
        }
        if (flagRequired && flag is null) return false;
        db.ScreeningDecisions.Add(new ScreeningDecisionRecord
        {
            Subject = subject, Source = source, StableId = stableId, Decision = decision, Who = who, At = at, Note = note,
        });
        if (flag is not null) flag.Decision = decision;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The analyst decisions on <paramref name="subject"/>, by list and stable id, so they carry over snapshots.</summary>
    public static async Task<Dictionary<(string Source, string StableId), string>> DecisionsAsync(RemnantDbContext db, string subject, CancellationToken cancellationToken)
    {
        var rows = await db.ScreeningDecisions.AsNoTracking().Where(d => d.Subject == subject).ToListAsync(cancellationToken);
        return rows.OrderBy(d => d.At).GroupBy(d => (d.Source, d.StableId)).ToDictionary(g => g.Key, g => g.Last().Decision);
    }
}
