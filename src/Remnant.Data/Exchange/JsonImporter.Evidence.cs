using Remnant.Data.Evidence;
using Remnant.Domain.Custody;
using Remnant.Domain.Evidence;
using Remnant.Domain.Markings;
using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

public sealed partial class JsonImporter
{
    private async Task ImportFilesAsync(List<EvidenceFileRecord> records, Func<string, Stream?>? openBytes, StagedBytes staged,
        Action step, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var where = r.Id is { Length: > 0 } id ? $"evidenceFiles[{i}] ({id})" : $"evidenceFiles[{i}]";
            if (r.Id is { } key && !seen.Add(key)) _report.RecordProblem(where, "id", $"'{key}' is given twice in evidenceFiles.");
            else await ImportFileAsync(where, r, openBytes, staged, cancellationToken);
            step();
        }
    }

    private async Task ImportFileAsync(string where, EvidenceFileRecord r, Func<string, Stream?>? openBytes, StagedBytes staged,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!CheckId(r.Id, errors)) { _report.RecordProblems(where, errors); return; }
        var isNew = !_files.TryGetValue(r.Id!, out var target);
        var fields = CheckFileFields(r, errors);
        if (!isNew && (target!.Sha256 != r.Sha256 || target.Size != r.Size || target.MediaType != r.MediaType))
            errors.Add("sha256", "The stored file has other bytes (hash, size or type): an evidence file's bytes never change.");

        var available = false;
        if (errors.IsValid && BlobStore.IsSha256(r.Sha256))
        {
            available = blobs.Exists(r.Sha256!) || staged.Has(r.Sha256!);
            if (!available && openBytes?.Invoke(r.Sha256!) is { } bytes)
            {
                await using (bytes)
                {
                    available = await StageAsync(r, bytes, staged, errors, cancellationToken);
                }
            }
        }
        target ??= new EvidenceFile
        {
            Id = r.Id!, Sha256 = r.Sha256 ?? string.Empty, Size = r.Size, MediaType = r.MediaType ?? string.Empty,
            UploadedAt = r.UploadedAt.ToUniversalTime(), UploadedBy = fields.UploadedBy,
        };
        if (errors.IsValid)
        {
            target.OriginalName = fields.OriginalName;
            target.Caption = fields.Caption;
            target.CapturedAt = fields.CapturedAt;
            target.ItemId = Blank(r.ItemId);
            target.RecoveryId = r.RecoveryId;
            target.GpsLatitude = r.GpsLatitude;
            target.GpsLongitude = r.GpsLongitude;
            target.IsIllustration = r.IsIllustration;
            // Presence is what this store holds, never what the file claims; it is raised, never lowered.
            target.Present = (!isNew && target.Present) || available;
            if (!target.Present && (isNew || r.Present)) _report.Notes.Add($"{where}: recorded as not present (its bytes were not in the import).");
        }
        Finish(where, target, r, isNew, errors);
    }

    private (string? OriginalName, string? Caption, string? CapturedAt, string? UploadedBy) CheckFileFields(EvidenceFileRecord r, ValidationErrors errors)
    {
        if (!BlobStore.IsSha256(r.Sha256)) errors.Add("sha256", "Required: 64 lower-case hexadecimal digits.");
        if (r.Size < 0) errors.Add("size", "Cannot be negative.");
        TextRules.Required(r.MediaType, "mediaType", errors, 100);
        var name = TextRules.Clean(r.OriginalName, "originalName", errors, 255);
        if (name is not null && name != EvidenceIngest.CleanName(name))
            errors.Add("originalName", "Holds a path, control or formatting characters: a file name is data, never a path.");
        var caption = TextRules.Clean(r.Caption, "caption", errors, TextRules.LongMax, multiline: true);
        var captured = TextRules.Clean(r.CapturedAt, "capturedAt", errors, 40);
        var uploadedBy = TextRules.Clean(r.UploadedBy, "uploadedBy", errors);
        if (r.GpsLatitude.HasValue != r.GpsLongitude.HasValue) errors.Add("gpsLatitude", "Give both GPS coordinates, or neither.");
        if (r.GpsLatitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90)) errors.Add("gpsLatitude", "Must be between -90 and 90 degrees.");
        if (r.GpsLongitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180)) errors.Add("gpsLongitude", "Must be between -180 and 180 degrees.");
        if (!Ids.IsValid(r.RecoveryId)) errors.Add("recoveryId", "Required: the id of the recovery the file documents.");
        else if (!_finalRecoveries.Contains(r.RecoveryId!)) errors.Add("recoveryId", $"No recovery '{r.RecoveryId}' in the file or the database.");
        if (Blank(r.ItemId) is { } item)
        {
            if (!_finalItems.TryGetValue(item, out var placed)) errors.Add("itemId", $"No item '{item}' in the file or the database.");
            else if (placed.Recovery != r.RecoveryId) errors.Add("itemId", $"Item '{item}' is in recovery '{placed.Recovery}', not '{r.RecoveryId}'.");
        }
        return (name, caption, captured, uploadedBy);
    }

    private async Task<bool> StageAsync(EvidenceFileRecord r, Stream bytes, StagedBytes staged, ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        var blob = await blobs.StageAsync(bytes, options.Value.MaxUploadBytes, cancellationToken);
        if (blob.TooLarge) errors.Add("sha256", $"The bundled bytes are larger than the limit of {options.Value.MaxUploadBytes} bytes.");
        else if (blob.Sha256 != r.Sha256) errors.Add("sha256", $"The bundled bytes hash to {blob.Sha256}: they are not the file this record names.");
        else if (blob.Size != r.Size) errors.Add("size", $"The bundled bytes are {blob.Size} bytes long, not {r.Size}.");
        else if (DocumentTypes.Identify(blob.FirstBytes, blob.Path) is var type && type != r.MediaType)
            errors.Add("mediaType", type is null ? "The bundled bytes are not an accepted evidence type." : $"The bundled bytes are {type}, not {r.MediaType}.");
        if (!errors.IsValid)
        {
            blob.Dispose();
            return false;
        }
        staged.Add(blob);
        return true;
    }

    private void ImportMarking(string where, MarkingRecord r)
    {
        var errors = new ValidationErrors();
        if (!CheckId(r.Id, errors)) { _report.RecordProblems(where, errors); return; }
        var isNew = !_markings.TryGetValue(r.Id!, out var target);
        var fields = r.ToFields();
        errors.Merge(Marking.Validate(fields));
        if (!Ids.IsValid(r.ItemId)) errors.Add("itemId", "Required: the id of the item it was read on.");
        else if (!_finalItems.ContainsKey(r.ItemId!)) errors.Add("itemId", $"No item '{r.ItemId}' in the file or the database.");
        if (Blank(r.EvidenceFileId) is { } file && Ids.IsValid(file) && !_finalFiles.ContainsKey(file))
            errors.Add("evidenceFileId", $"No evidence file '{file}' in the file or the database.");
        var supersedes = Blank(r.SupersedesId);
        if (supersedes is not null && (!Ids.IsValid(supersedes) || !_finalMarkings.Contains(supersedes) || supersedes == r.Id))
            errors.Add("supersedesId", $"No other marking '{supersedes}' in the file or the database.");
        var createdBy = TextRules.Clean(r.CreatedBy, "createdBy", errors);
        if (!isNew)
        {
            if (target!.Text != r.Text) errors.Add("text", "The stored reading differs: a reading is never overwritten; record the correction as a new marking that supersedes it.");
            if (target.ItemId != r.ItemId) errors.Add("itemId", $"The stored marking was read on item '{target.ItemId}'.");
            if (target.SupersedesId != supersedes) errors.Add("supersedesId", "The stored marking supersedes another reading; that never changes.");
        }
        if (errors.IsValid)
        {
            if (isNew)
            {
                target = Marking.Create(r.Id!, r.ItemId!, fields, createdBy ?? string.Empty, r.CreatedAt.ToUniversalTime());
                target.CreatedBy = createdBy;
                target.SupersedesId = supersedes;
            }
            else target!.ApplyDetails(fields);
        }
        target ??= new Marking { Id = r.Id!, ItemId = string.Empty, Text = string.Empty, TextKey = string.Empty };
        Finish(where, target, r, isNew, errors);
    }

    private void ImportCustody(string where, CustodyEventRecord r)
    {
        var errors = new ValidationErrors();
        if (!CheckId(r.Id, errors)) { _report.RecordProblems(where, errors); return; }
        var isNew = !_custody.TryGetValue(r.Id!, out var target);
        target ??= new CustodyEvent { Id = r.Id!, ToHolder = string.Empty, RecordedAt = r.RecordedAt.ToUniversalTime() };
        var recordedBy = TextRules.Clean(r.RecordedBy, "recordedBy", errors);
        if (Blank(r.ItemId) is { } item && Ids.IsValid(item) && !_finalItems.ContainsKey(item))
            errors.Add("itemId", $"No item '{item}' in the file or the database.");
        if (Blank(r.EvidenceFileId) is { } file && Ids.IsValid(file) && !_finalFiles.ContainsKey(file))
            errors.Add("evidenceFileId", $"No evidence file '{file}' in the file or the database.");
        if (errors.IsValid)
        {
            // PostgreSQL keeps microseconds, SQLite 100 ns: the same instant read back from either is not a change.
            var occurredAt = !isNew && StoredRecords.SameInstant(target.OccurredAt, r.OccurredAt) ? target.OccurredAt : r.OccurredAt;
            errors.Merge(CustodyEvent.Apply(target, Blank(r.ItemId), Blank(r.EvidenceFileId), r.FromHolder, r.ToHolder, occurredAt,
                r.Place, r.Purpose, _now));
            if (isNew) target.RecordedBy = recordedBy;
        }
        Finish(where, target, r, isNew, errors);
    }
}
