using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

internal sealed record TraceFilter(TraceStatus? Status = null, bool OpenOnly = false, bool OverdueOnly = false, string? RecipientPartyId = null,
    bool IncludeRetracted = false);

/// <summary>Trace requests as lists and pages need them.</summary>
internal static class TraceQuery
{
    /// <summary>Applies the editable fields after checking that the recipient and items exist and stand.</summary>
    public static async Task<ValidationErrors> ApplyAsync(RemnantDbContext db, TraceRequest request, TraceRequestFields fields, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var recipient = fields.RecipientPartyId?.Trim();
        if (Ids.IsValid(recipient) && !await db.Parties.AnyAsync(p => p.Id == recipient && p.RetractedAt == null, ct))
            errors.Add("recipientPartyId", $"No standing party has the id '{recipient}'.");
        var ids = (fields.ItemIds ?? []).Select(i => i?.Trim()).ToList();
        var valid = ids.OfType<string>().Where(Ids.IsValid).Distinct().ToList();
        var standing = await db.Items.AsNoTracking().Where(i => valid.Contains(i.Id) && i.RetractedAt == null).Select(i => i.Id).ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
            if (Ids.IsValid(ids[i]) && !standing.Contains(ids[i]!)) errors.Add($"itemIds[{i}]", $"No standing item has the id '{ids[i]}'.");
        if (errors.IsValid) return TraceRequest.Apply(request, fields);
        // Report the request's own rules too, checked on a copy so that nothing is applied.
        var copy = new TraceRequest { Id = request.Id, RecipientPartyId = request.RecipientPartyId, Status = request.Status, ItemIds = [.. request.ItemIds] };
        return errors.Merge(TraceRequest.Apply(copy, fields));
    }

    /// <summary>Requests matching <paramref name="filter"/>, newest first; overdue ones first when only open ones are asked for.</summary>
    public static async Task<List<TraceDto>> ListAsync(RemnantDbContext db, TraceFilter filter, int reminderDays, DateOnly today, CancellationToken ct)
    {
        var query = db.TraceRequests.AsNoTracking();
        if (!filter.IncludeRetracted) query = query.Where(t => t.RetractedAt == null);
        if (filter.Status is { } status) query = query.Where(t => t.Status == status);
        if (filter.OpenOnly) query = query.Where(t => t.Status == TraceStatus.Sent || t.Status == TraceStatus.Acknowledged);
        if (filter.RecipientPartyId is { } party) query = query.Where(t => t.RecipientPartyId == party);
        var requests = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(ct);
        var ids = requests.Select(t => t.Id).ToList();
        var reminders = (await db.TraceReminders.AsNoTracking().Where(r => ids.Contains(r.TraceRequestId)).ToListAsync(ct))
            .GroupBy(r => r.TraceRequestId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.RemindedOn).ThenBy(r => r.Id).ToList(), StringComparer.Ordinal);
        var transfers = (await db.Transfers.AsNoTracking().Where(t => t.TraceRequestId != null && ids.Contains(t.TraceRequestId) && t.RetractedAt == null)
            .Select(t => new { t.Id, t.TraceRequestId }).ToListAsync(ct)).ToLookup(t => t.TraceRequestId!, t => t.Id);
        var parties = await ChainQuery.PartiesAsync(db, requests.Select(r => r.RecipientPartyId), ct);
        var rows = requests.Select(t => TraceDto.From(t, PartyRef.Of(t.RecipientPartyId, parties), reminders.GetValueOrDefault(t.Id) ?? [],
            transfers[t.Id].ToList(), reminderDays, today));
        if (filter.OverdueOnly) rows = rows.Where(r => r.Overdue);
        if (filter.OpenOnly) rows = rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.ReminderDueOn);
        return rows.ToList();
    }
}
