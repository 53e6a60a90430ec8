using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Items;
using Remnant.Domain.Parties;
using Remnant.Domain.Tracing;

namespace Remnant.Web.Features.Transfers;

/// <summary>What chains need to know of an item: its keys and its recovery.</summary>
internal sealed record ItemFacts(string Id, string? SerialNumber, string? SerialKey, string? LotKey, string RecoveryId, string CaseId,
    DateOnly? RecoveredOn, string? PlaceName, string? Country, bool Retracted, Remnant.Domain.Items.ItemCategory Category)
{
    public string Label => SerialNumber is null ? Id : $"{Id} (serial {SerialNumber})";
}

/// <summary>An item's chain with the parties and transfers it names, ready to show.</summary>
internal sealed record ChainView(ItemFacts Item, ItemChain Chain, IReadOnlyDictionary<string, Party> Parties, IReadOnlyDictionary<string, Transfer> Transfers)
{
    public string NameOf(string partyId, bool publicOutput = false) =>
        !Parties.TryGetValue(partyId, out var p) ? partyId : publicOutput && !p.MayBeNamedInPublic ? ChainWording.PrivateIndividual : p.Name;
}

/// <summary>Loads chains: the transfers that concern items by id, by lot or by serial range.</summary>
internal static class ChainQuery
{
    public static IQueryable<ItemFacts> Facts(RemnantDbContext db, IQueryable<Item> items) =>
        from i in items
        join r in db.Recoveries on i.RecoveryId equals r.Id
        select new ItemFacts(i.Id, i.SerialNumber, i.SerialKey, i.LotKey, i.RecoveryId, r.CaseId, r.RecoveredOn, r.PlaceName, r.Country, i.RetractedAt != null, i.Category);

    /// <summary>The standing items a transfer concerns: those it names, its lot's, its range's.</summary>
    public static async Task<List<ItemFacts>> ConcernedByAsync(RemnantDbContext db, Transfer transfer, CancellationToken ct)
    {
        var ids = transfer.ItemIds;
        var found = await Facts(db, db.Items.AsNoTracking().Where(i => ids.Contains(i.Id) && i.RetractedAt == null)).ToListAsync(ct);
        if (transfer.LotKey is { } lot)
            found.AddRange(await Facts(db, db.Items.AsNoTracking().Where(i => i.LotKey == lot && i.RetractedAt == null)).ToListAsync(ct));
        if (transfer.Range is { } range)
        {
            var items = db.Items.AsNoTracking().Where(i => i.RetractedAt == null && i.SerialKey != null && i.SerialKey.StartsWith(range.ScanPrefix));
            if (range.Digits is { } digits)
            {
                var length = range.Prefix.Length + digits + range.Suffix.Length;
                items = items.Where(i => i.SerialKey!.Length == length);
            }
            found.AddRange((await Facts(db, items).ToListAsync(ct)).Where(f => range.Contains(f.SerialKey)));
        }
        return found.DistinctBy(f => f.Id).ToList();
    }

    /// <summary>The standing transfers that may concern any of <paramref name="items"/>, except <paramref name="excluded"/>.</summary>
    public static Task<List<Transfer>> TransfersConcerningAsync(RemnantDbContext db, IReadOnlyCollection<ItemFacts> items,
        IReadOnlyCollection<string> excluded, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).Distinct().ToList();
        var lots = items.Select(i => i.LotKey).OfType<string>().Distinct().ToList();
        var prefixes = items.Select(i => SerialRange.PrefixOf(i.SerialKey)).OfType<string>().Distinct().ToList();
        var excludedIds = excluded.ToList();
        return db.Transfers.AsNoTracking()
            .Where(t => t.RetractedAt == null && !excludedIds.Contains(t.Id)
                && (t.ItemIds.Any(x => ids.Contains(x)) || (t.LotKey != null && lots.Contains(t.LotKey)) || (t.RangePrefix != null && prefixes.Contains(t.RangePrefix))))
            .ToListAsync(ct);
    }

    /// <summary>The links of <paramref name="item"/>'s chain among <paramref name="transfers"/>.</summary>
    public static List<ChainLink> LinksOf(ItemFacts item, IEnumerable<Transfer> transfers) =>
        transfers.Select(t => t.Concerns(item.Id, item.LotKey, item.SerialKey) is { } match ? t.ToLink(match) : null).OfType<ChainLink>().ToList();

    public static async Task<Dictionary<string, Party>> PartiesAsync(RemnantDbContext db, IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await db.Parties.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, ct);
    }

    /// <summary>The chain of one item, or null when there is no such item.</summary>
    public static async Task<ChainView?> LoadAsync(RemnantDbContext db, string itemId, CancellationToken ct)
    {
        var item = await Facts(db, db.Items.AsNoTracking().Where(i => i.Id == itemId)).FirstOrDefaultAsync(ct);
        if (item is null) return null;
        var transfers = await TransfersConcerningAsync(db, [item], [], ct);
        var links = LinksOf(item, transfers);
        var mark = await db.DiversionPoints.AsNoTracking().Where(d => d.ItemId == itemId && d.RetractedAt == null)
            .OrderByDescending(d => d.MarkedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        var parties = await PartiesAsync(db, links.SelectMany(l => new[] { l.FromPartyId, l.ToPartyId })
            .Append(mark?.LastLegalHolderId).Append(mark?.FirstIllicitHolderId), ct);
        return new ChainView(item, ItemChain.Build(links, mark), parties, transfers.ToDictionary(t => t.Id, StringComparer.Ordinal));
    }
}
