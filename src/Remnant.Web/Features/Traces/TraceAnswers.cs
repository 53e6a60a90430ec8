using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Transfers;

namespace Remnant.Web.Features.Traces;

/// <summary>Records an answer: the request becomes answered and every transfer the answer reports
/// is created (or, with <c>transferId</c>, updated) with the answer as its source and the answer
/// letters as its documents. All of it is saved together or, on any error, none of it.</summary>
internal static class TraceAnswers
{
    public static async Task<ValidationErrors?> RecordAsync(RemnantDbContext db, TimeProvider clock, string actor, string id, AnswerBody body, CancellationToken ct)
    {
        var request = await db.TraceRequests.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (request is null) return null;
        var today = TransfersApi.Today(clock);
        var errors = request.Answer(body.AnsweredOn, body.Summary, today);
        var letters = await CheckLettersAsync(db, body.EvidenceFileIds, errors, ct);
        var answeredOn = body.AnsweredOn ?? today;
        var proposed = new List<ProposedTransfer>();
        for (var i = 0; i < (body.Transfers?.Length ?? 0); i++)
        {
            var entry = body.Transfers![i];
            var prefix = $"transfers[{i}].";
            if (entry is null) { errors.Add($"transfers[{i}]", "Required."); continue; }
            Transfer target;
            var documents = letters.Select(l => new TransferDocumentFields(TransferDocumentKind.TraceAnswer, l)).ToList();
            if (string.IsNullOrWhiteSpace(entry.TransferId)) target = TransfersApi.New(clock, actor);
            else if (!Ids.IsValid(entry.TransferId) || await db.Transfers.FirstOrDefaultAsync(t => t.Id == entry.TransferId && t.RetractedAt == null, ct) is not { } found)
            {
                errors.Add(prefix + "transferId", $"No standing transfer has the id '{entry.TransferId}'.");
                continue;
            }
            else
            {
                target = found;
                documents.InsertRange(0, found.DocumentList.Select(d => new TransferDocumentFields(d.Kind, d.EvidenceFileId)));
            }
            var namesWhat = entry.ItemIds is { Length: > 0 } || !string.IsNullOrWhiteSpace(entry.LotNumber)
                || !string.IsNullOrWhiteSpace(entry.SerialFrom) || !string.IsNullOrWhiteSpace(entry.SerialTo);
            var fields = new TransferFields(entry.FromPartyId ?? request.RecipientPartyId, entry.ToPartyId, entry.StartDate, entry.EndDate,
                namesWhat ? entry.ItemIds : request.ItemIds, entry.LotNumber, entry.SerialFrom, entry.SerialTo, documents,
                TransferSource.TraceAnswer, $"Answer to trace request {request.Reference ?? request.Id} of {answeredOn:yyyy-MM-dd}",
                entry.Confidence ?? Confidence.Confirmed, entry.Licence, entry.Notes);
            proposed.Add(new ProposedTransfer(target, fields, prefix));
        }
        if (proposed.Count > 0) errors.Merge(await TransferChecks.ApplyAsync(db, proposed, today, ct));
        if (!errors.IsValid) return errors;
        foreach (var p in proposed)
        {
            p.Target.TraceRequestId = request.Id;
            if (db.Entry(p.Target).State == EntityState.Detached) db.Transfers.Add(p.Target);
        }
        await db.SaveChangesAsync(ct);
        return errors;
    }

    private static async Task<List<string>> CheckLettersAsync(RemnantDbContext db, string?[]? raw, ValidationErrors errors, CancellationToken ct)
    {
        var ids = (raw ?? []).Select(r => r?.Trim()).ToList();
        var valid = ids.OfType<string>().Where(Ids.IsValid).Distinct().ToList();
        var standing = await db.EvidenceFiles.AsNoTracking().Where(f => valid.Contains(f.Id) && f.RetractedAt == null).Select(f => f.Id).ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrEmpty(ids[i])) errors.Add($"evidenceFileIds[{i}]", "Required.");
            else if (!standing.Contains(ids[i]!)) errors.Add($"evidenceFileIds[{i}]", $"No standing evidence file has the id '{ids[i]}'.");
        }
        return standing;
    }
}
