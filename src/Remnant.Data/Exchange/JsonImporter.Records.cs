using Remnant.Domain.Cases;
using Remnant.Domain.History;
using Remnant.Domain.Items;
using Remnant.Domain.Recoveries;
using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

public sealed partial class JsonImporter
{
    private readonly HashSet<string> _finalCases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finalRecoveries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Recovery, string? Parent)> _finalItems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _finalFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finalMarkings = new(StringComparer.Ordinal);

    /// <summary>What will exist once the file is applied, so a record may refer to one that comes
    /// later in the file as well as to a stored one.</summary>
    private void PrepareFinalState(ExchangeDocument d)
    {
        _finalCases.UnionWith(_cases.Keys.Concat(d.Cases.Select(c => c.Id).OfType<string>()));
        _finalRecoveries.UnionWith(_recoveries.Keys.Concat(d.Recoveries.Select(r => r.Id).OfType<string>()));
        foreach (var item in _items.Values) _finalItems[item.Id] = (item.RecoveryId, item.ParentItemId);
        foreach (var item in d.Items)
            if (item.Id is not null) _finalItems[item.Id] = (item.RecoveryId, Blank(item.ParentItemId));
        foreach (var file in _files.Values) _finalFiles[file.Id] = file.RecoveryId;
        foreach (var file in d.EvidenceFiles)
            if (file.Id is not null) _finalFiles[file.Id] = file.RecoveryId;
        _finalMarkings.UnionWith(_markings.Keys.Concat(d.Markings.Select(m => m.Id).OfType<string>()));
    }

    private void ImportCase(string where, CaseRecord r)
    {
        var errors = new ValidationErrors();
        if (!CheckId(r.Id, errors)) { _report.RecordProblems(where, errors); return; }
        var isNew = !_cases.TryGetValue(r.Id!, out var target);
        target ??= new Case { Id = r.Id!, Title = string.Empty, CreatedAt = r.CreatedAt.ToUniversalTime() };
        errors.Merge(Case.Apply(target, r.Title, r.Description));
        Finish(where, target, r, isNew, errors);
    }

    private void ImportRecovery(string where, RecoveryRecord r)
    {
        var errors = new ValidationErrors();
        if (!CheckId(r.Id, errors)) { _report.RecordProblems(where, errors); return; }
        if (!Ids.IsValid(r.CaseId)) errors.Add("caseId", "Required: the id of the case it belongs to.");
        else if (!_finalCases.Contains(r.CaseId!)) errors.Add("caseId", $"No case '{r.CaseId}' in the file or the database.");
        var isNew = !_recoveries.TryGetValue(r.Id!, out var target);
        target ??= new Recovery { Id = r.Id!, CaseId = r.CaseId ?? string.Empty, CreatedAt = r.CreatedAt.ToUniversalTime() };
        errors.Merge(Recovery.Apply(target, r.ToFields(), DateOnly.FromDateTime(_now.UtcDateTime)));
        if (errors.IsValid) target.CaseId = r.CaseId!;
        Finish(where, target, r, isNew, errors);
    }

    private void ImportItem(string where, ItemRecord r)
    {
        var errors = new ValidationErrors();
        if (!CheckId(r.Id, errors)) { _report.RecordProblems(where, errors); return; }
        var isNew = !_items.TryGetValue(r.Id!, out var target);
        if (!Ids.IsValid(r.RecoveryId)) errors.Add("recoveryId", "Required: the id of the recovery it was found in.");
        else if (!_finalRecoveries.Contains(r.RecoveryId!)) errors.Add("recoveryId", $"No recovery '{r.RecoveryId}' in the file or the database.");
        else if (!isNew && target!.RecoveryId != r.RecoveryId)
            errors.Add("recoveryId", $"The stored item belongs to recovery '{target.RecoveryId}': an item stays in the recovery it was recorded in.");
        CheckParent(r.ParentItemId, r.RecoveryId, errors);
        target ??= new Item { Id = r.Id!, RecoveryId = r.RecoveryId ?? string.Empty, CreatedAt = r.CreatedAt.ToUniversalTime() };
        if (r.Category is not { } category) errors.Add("category", "Required.");
        else errors.Merge(Item.Apply(target, r.ToFields(category), Ancestry(Blank(r.ParentItemId))));
        Finish(where, target, r, isNew, errors);
    }

    private void CheckParent(string? parentId, string? recoveryId, ValidationErrors errors)
    {
        var parent = Blank(parentId);
        if (parent is null || !Ids.IsValid(parent)) return;
        if (!_finalItems.TryGetValue(parent, out var placed)) errors.Add("parentItemId", $"No item '{parent}' in the file or the database.");
        else if (placed.Recovery != recoveryId)
            errors.Add("parentItemId", $"Item '{parent}' is in recovery '{placed.Recovery}': a component is in its parent's recovery.");
    }

    /// <summary>The proposed parent and its ancestors as they will stand, nearest first; stops at a loop.</summary>
    private IEnumerable<string> Ancestry(string? parent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parent is not null && seen.Add(parent))
        {
            yield return parent;
            parent = _finalItems.TryGetValue(parent, out var placed) ? placed.Parent : null;
        }
    }

    /// <summary>Retraction, then either a problem report or the record added (new) or noted (stored).</summary>
    private void Finish(string where, IRetractable target, IRetractionRecord r, bool isNew, ValidationErrors errors)
    {
        ApplyRetraction(target, r, isNew, errors);
        if (!errors.IsValid) _report.RecordProblems(where, errors);
        else if (isNew) _changes.Create(target);
        else _changes.Touch(target);
    }

    private void ApplyRetraction(IRetractable target, IRetractionRecord r, bool isNew, ValidationErrors errors)
    {
        if (r.RetractedAt is not { } at)
        {
            if (r.RetractedBy is not null || r.RetractionReason is not null)
                errors.Add("retractedAt", "Required when retractedBy or retractionReason is given.");
            else if (!isNew && target.RetractedAt is not null)
                errors.Add("retractedAt", "The stored record is retracted, and a retraction cannot be undone.");
            return;
        }
        var reason = TextRules.Required(r.RetractionReason, "retractionReason", errors, TextRules.LongMax);
        var by = TextRules.Clean(r.RetractedBy, "retractedBy", errors);
        if (at > _now) errors.Add("retractedAt", "Cannot be in the future.");
        if (!errors.IsValid) return;
        if (!isNew && target.RetractedAt is { } stored)
        {
            if (!StoredRecords.SameInstant(stored, at) || target.RetractedBy != by || target.RetractionReason != reason)
                errors.Add("retractedAt", "The stored record was retracted differently, and a retraction is final.");
            return;
        }
        target.RetractedAt = at.ToUniversalTime();
        target.RetractedBy = by;
        target.RetractionReason = reason;
    }

    private static bool CheckId(string? id, ValidationErrors errors)
    {
        if (Ids.IsValid(id)) return true;
        errors.Add("id", id is null ? "Required." : $"'{id}' is not a valid id: 1 to {Ids.MaxLength} letters, digits, '.', '_', ':' or '-'.");
        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
