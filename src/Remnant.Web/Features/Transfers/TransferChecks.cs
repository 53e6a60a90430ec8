using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Transfers;

/// <summary>A transfer to create or change: the record to apply <paramref name="Fields"/> to and
/// the prefix its error fields carry (<c>transfers[0].</c> in a trace answer, empty otherwise).</summary>
internal sealed record ProposedTransfer(Transfer Target, TransferFields Fields, string Prefix = "");

/// <summary>Everything a transfer must pass before it is saved: its own rules, that the parties,
/// items and files it names exist and stand, and that it fits the chain of every item it concerns
/// (<see cref="ChainRules"/>). Several transfers are checked together, each against the others
/// before it, so a trace answer is saved whole or not at all.</summary>
internal static class TransferChecks
{
    public static async Task<ValidationErrors> ApplyAsync(RemnantDbContext db, IReadOnlyList<ProposedTransfer> proposed, DateOnly today, CancellationToken ct)
    {
        // Each step goes on with the transfers that passed the one before, so that one bad entry
        // of a trace answer does not hide what is wrong with the others.
        var errors = new ValidationErrors();
        var passed = new List<ProposedTransfer>();
        foreach (var p in proposed)
        {
            var own = Transfer.Apply(p.Target, p.Fields, today);
            errors.Merge(own, p.Prefix.Length == 0 ? null : p.Prefix.TrimEnd('.'));
            if (own.IsValid) passed.Add(p);
        }
        passed = await CheckExistenceAsync(db, passed, errors, ct);
        if (passed.Count > 0) await CheckChainsAsync(db, passed, errors, ct);
        return errors;
    }

    private static async Task<List<ProposedTransfer>> CheckExistenceAsync(RemnantDbContext db, IReadOnlyList<ProposedTransfer> proposed, ValidationErrors errors, CancellationToken ct)
    {
        var partyIds = proposed.SelectMany(p => new[] { p.Target.FromPartyId, p.Target.ToPartyId }).Distinct().ToList();
        var parties = await db.Parties.AsNoTracking().Where(x => partyIds.Contains(x.Id))
            .Select(x => new { x.Id, Retracted = x.RetractedAt != null }).ToDictionaryAsync(x => x.Id, x => x.Retracted, StringComparer.Ordinal, ct);
        var itemIds = proposed.SelectMany(p => p.Target.ItemIds).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(x => itemIds.Contains(x.Id))
            .Select(x => new { x.Id, Retracted = x.RetractedAt != null }).ToDictionaryAsync(x => x.Id, x => x.Retracted, StringComparer.Ordinal, ct);
        var fileIds = proposed.SelectMany(p => p.Target.DocumentList.Select(d => d.EvidenceFileId)).Distinct().ToList();
        var files = await db.EvidenceFiles.AsNoTracking().Where(x => fileIds.Contains(x.Id))
            .Select(x => new { x.Id, Retracted = x.RetractedAt != null }).ToDictionaryAsync(x => x.Id, x => x.Retracted, StringComparer.Ordinal, ct);

        var passed = new List<ProposedTransfer>();
        foreach (var p in proposed)
        {
            var own = new ValidationErrors();
            Check(parties, p.Target.FromPartyId, p.Prefix + "fromPartyId", "party", own);
            Check(parties, p.Target.ToPartyId, p.Prefix + "toPartyId", "party", own);
            for (var i = 0; i < (p.Fields.ItemIds?.Count ?? 0); i++)
                if (p.Fields.ItemIds![i]?.Trim() is { Length: > 0 } id) Check(items, id, $"{p.Prefix}itemIds[{i}]", "item", own);
            for (var i = 0; i < (p.Fields.Documents?.Count ?? 0); i++)
                if (p.Fields.Documents![i].EvidenceFileId?.Trim() is { Length: > 0 } id) Check(files, id, $"{p.Prefix}documents[{i}].evidenceFileId", "evidence file", own);
            errors.Merge(own);
            if (own.IsValid) passed.Add(p);
        }
        return passed;
    }

    private static void Check(Dictionary<string, bool> found, string id, string field, string what, ValidationErrors errors)
    {
        if (!found.TryGetValue(id, out var retracted)) errors.Add(field, $"No {what} has the id '{id}'.");
        else if (retracted) errors.Add(field, $"The {what} '{id}' was retracted.");
    }

    private static async Task CheckChainsAsync(RemnantDbContext db, IReadOnlyList<ProposedTransfer> proposed, ValidationErrors errors, CancellationToken ct)
    {
        var concerned = new List<List<ItemFacts>>();
        foreach (var p in proposed) concerned.Add(await ChainQuery.ConcernedByAsync(db, p.Target, ct));
        var allItems = concerned.SelectMany(c => c).DistinctBy(i => i.Id).ToList();
        if (allItems.Count == 0) return;
        var existing = await ChainQuery.TransfersConcerningAsync(db, allItems, proposed.Select(p => p.Target.Id).ToList(), ct);
        var parties = await ChainQuery.PartiesAsync(db, existing.Concat(proposed.Select(p => p.Target))
            .SelectMany(t => new[] { t.FromPartyId, t.ToPartyId }), ct);
        string NameOf(string id) => parties.TryGetValue(id, out var party) ? party.Name : id;

        for (var k = 0; k < proposed.Count; k++)
        {
            var before = existing.Concat(proposed.Take(k).Select(p => p.Target)).ToList();
            foreach (var item in concerned[k])
            {
                var match = proposed[k].Target.Concerns(item.Id, item.LotKey, item.SerialKey);
                if (match is null) continue;
                var mark = new ValidationErrors();
                ChainRules.Check(ChainQuery.LinksOf(item, before), proposed[k].Target.ToLink(match.Value), item.Label, item.RecoveredOn, NameOf, mark, proposed[k].Prefix);
                if (mark.IsValid) continue;
                errors.Merge(mark);
                break;   // one item is enough to refuse the transfer; its message names the item
            }
        }
    }
}
