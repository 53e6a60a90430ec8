using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

public sealed partial class TraceRequest
{
    /// <summary>Most items one request may ask about.</summary>
    public const int MaxItems = 1_000;

    /// <summary>Checks and applies the editable fields. The recipient and the items are what the
    /// letter asked about: once sent they stay as they were.</summary>
    public static ValidationErrors Apply(TraceRequest target, TraceRequestFields fields)
    {
        var errors = new ValidationErrors();
        var recipient = fields.RecipientPartyId?.Trim();
        if (string.IsNullOrEmpty(recipient)) errors.Add("recipientPartyId", "Required: the maker, exporter or government asked.");
        else if (!Ids.IsValid(recipient)) errors.Add("recipientPartyId", "Not a valid id.");

        var items = new List<string>();
        for (var i = 0; i < (fields.ItemIds?.Count ?? 0); i++)
        {
            var id = fields.ItemIds![i]?.Trim();
            if (string.IsNullOrEmpty(id)) continue;
            if (!Ids.IsValid(id)) errors.Add($"itemIds[{i}]", "Not a valid item id.");
            else if (!items.Contains(id, StringComparer.Ordinal)) items.Add(id);
        }
        if (items.Count == 0 && errors.Fields.All(f => !f.Key.StartsWith("itemIds", StringComparison.Ordinal)))
            errors.Add("itemIds", "Name at least one item the request asks about.");
        if (items.Count > MaxItems) errors.Add("itemIds", $"At most {MaxItems:N0} items.");

        if (target.Status != TraceStatus.Draft)
        {
            if (recipient is not null && recipient != target.RecipientPartyId) errors.Add("recipientPartyId", "Fixed once the request was sent.");
            if (!items.Order(StringComparer.Ordinal).SequenceEqual(target.ItemIds.Order(StringComparer.Ordinal), StringComparer.Ordinal))
                errors.Add("itemIds", "Fixed once the request was sent.");
        }
        var reference = TextRules.Clean(fields.Reference, "reference", errors);
        var questions = TextRules.Clean(fields.Questions, "questions", errors, TextRules.LongMax, multiline: true);
        var notes = TextRules.Clean(fields.Notes, "notes", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;

        target.RecipientPartyId = recipient!;
        target.ItemIds = items;
        target.Reference = reference;
        target.Questions = questions;
        target.Notes = notes;
        return errors;
    }

    /// <summary>The editable fields as they stand.</summary>
    public TraceRequestFields ToFields() => new(RecipientPartyId, Reference, Questions, ItemIds, Notes);
}
