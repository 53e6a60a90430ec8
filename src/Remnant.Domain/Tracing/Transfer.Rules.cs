using Remnant.Domain.Text;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

public sealed partial class Transfer
{
    /// <summary>Most items one transfer may name.</summary>
    public const int MaxItems = 1_000;

    /// <summary>Most documents one transfer may carry.</summary>
    public const int MaxDocuments = 50;

    /// <summary>Checks the transfer's own fields and, when all pass, applies them. Whether the
    /// parties, items and files exist, and whether the transfer fits each item's chain, is for
    /// the caller (<see cref="ChainRules"/>); nothing is applied on failure.</summary>
    public static ValidationErrors Apply(Transfer target, TransferFields fields, DateOnly today)
    {
        var errors = new ValidationErrors();
        var from = RequiredId(fields.FromPartyId, "fromPartyId", errors);
        var to = RequiredId(fields.ToPartyId, "toPartyId", errors);
        if (from is not null && from == to) errors.Add("toPartyId", "A transfer needs two different parties.");

        if (fields.StartDate is not { } start) errors.Add("startDate", "Required: the day of the transfer, or the first day of its period.");
        else if (start > today) errors.Add("startDate", "Cannot be in the future.");
        if (fields.EndDate is { } end)
        {
            if (fields.StartDate is { } s && end < s) errors.Add("endDate", $"Ends before it starts ({s:yyyy-MM-dd}).");
            else if (end > today) errors.Add("endDate", "Cannot be in the future.");
        }

        var items = new List<string>();
        for (var i = 0; i < (fields.ItemIds?.Count ?? 0); i++)
        {
            var id = fields.ItemIds![i]?.Trim();
            if (string.IsNullOrEmpty(id)) continue;
            if (!Ids.IsValid(id)) errors.Add($"itemIds[{i}]", "Not a valid item id.");
            else if (!items.Contains(id, StringComparer.Ordinal)) items.Add(id);
        }
        if (items.Count > MaxItems) errors.Add("itemIds", $"At most {MaxItems:N0} items; name a lot or a serial range for more.");

        var lot = TextRules.Clean(fields.LotNumber, "lotNumber", errors);
        var lotKey = FoldKey.Fold(lot);
        if (lot is not null && lotKey.Length == 0) errors.Add("lotNumber", "Has no letter or digit to match on.");
        var range = ReadRange(fields, errors);
        if (items.Count == 0 && lot is null && string.IsNullOrWhiteSpace(fields.SerialFrom) && string.IsNullOrWhiteSpace(fields.SerialTo))
            errors.Add("itemIds", "Say what moved: items, a lot number or a serial range.");

        var documents = ReadDocuments(fields.Documents, errors);
        if (fields.Source is not { } source || !Enum.IsDefined(source))
            errors.Add("source", "Required: document, trace-answer, investigation, partner-information or open-source.");
        if (fields.Confidence is not { } confidence || !Enum.IsDefined(confidence))
            errors.Add("confidence", "Required: confirmed, probable or possible.");
        var sourceDetail = TextRules.Clean(fields.SourceDetail, "sourceDetail", errors, TextRules.LongMax, multiline: true);
        var licence = TextRules.Clean(fields.Licence, "licence", errors);
        var notes = TextRules.Clean(fields.Notes, "notes", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;

        target.FromPartyId = from!;
        target.ToPartyId = to!;
        target.StartDate = fields.StartDate!.Value;
        target.EndDate = fields.EndDate == fields.StartDate ? null : fields.EndDate;
        target.ItemIds = items;
        target.LotNumber = lot;
        target.LotKey = lot is null ? null : lotKey;
        target.SerialFrom = range is null ? null : fields.SerialFrom!.Trim();
        target.SerialTo = range is null ? null : fields.SerialTo!.Trim();
        target.RangePrefix = range?.Prefix;
        target.RangeSuffix = range?.Suffix;
        target.RangeStart = range?.Start;
        target.RangeEnd = range?.End;
        target.RangeDigits = range?.Digits;
        target.Documents = documents.Select(d => d.ToString()).ToList();
        target.Source = fields.Source!.Value;
        target.SourceDetail = sourceDetail;
        target.Confidence = fields.Confidence!.Value;
        target.Licence = licence;
        target.Notes = notes;
        return errors;
    }

    /// <summary>The serial range, when one is recorded.</summary>
    public SerialRange? Range => RangePrefix is not null && RangeStart is { } s && RangeEnd is { } e
        ? SerialRange.FromStored(RangePrefix, s, e, RangeSuffix ?? string.Empty, RangeDigits) : null;

    /// <summary>The documents, read back.</summary>
    public IReadOnlyList<TransferDocument> DocumentList =>
        Documents.Select(d => TransferDocument.TryParse(d, out var doc) ? doc : (TransferDocument?)null).OfType<TransferDocument>().ToList();

    /// <summary>How this transfer concerns an item: named, by its lot, by its serial; null if not at all.</summary>
    public ChainMatch? Concerns(string itemId, string? lotKey, string? serialKey)
    {
        if (ItemIds.Contains(itemId, StringComparer.Ordinal)) return ChainMatch.Item;
        if (LotKey is not null && LotKey == lotKey) return ChainMatch.Lot;
        if (Range is { } range && range.Contains(serialKey)) return ChainMatch.SerialRange;
        return null;
    }

    /// <summary>This transfer as a link of a chain.</summary>
    public ChainLink ToLink(ChainMatch match) => new(Id, FromPartyId, ToPartyId, StartDate, EndDate, Confidence, match);

    /// <summary>The fields as they stand.</summary>
    public TransferFields ToFields() => new(FromPartyId, ToPartyId, StartDate, EndDate, ItemIds, LotNumber, SerialFrom, SerialTo,
        DocumentList.Select(d => new TransferDocumentFields(d.Kind, d.EvidenceFileId)).ToList(), Source, SourceDetail, Confidence, Licence, Notes);

    private static string? RequiredId(string? value, string field, ValidationErrors errors)
    {
        var id = value?.Trim();
        if (string.IsNullOrEmpty(id)) errors.Add(field, "Required.");
        else if (!Ids.IsValid(id)) errors.Add(field, "Not a valid id.");
        else return id;
        return null;
    }

    private static SerialRange? ReadRange(TransferFields fields, ValidationErrors errors)
    {
        var from = TextRules.Clean(fields.SerialFrom, "serialFrom", errors);
        var to = TextRules.Clean(fields.SerialTo, "serialTo", errors);
        if (from is null && to is null) return null;
        if (from is null) { errors.Add("serialFrom", "Give both ends of the serial range."); return null; }
        if (to is null) { errors.Add("serialTo", "Give both ends of the serial range."); return null; }
        return SerialRange.Create(from, to, errors);
    }

    private static List<TransferDocument> ReadDocuments(IReadOnlyList<TransferDocumentFields>? raw, ValidationErrors errors)
    {
        var documents = new List<TransferDocument>();
        for (var i = 0; i < (raw?.Count ?? 0); i++)
        {
            var (kind, file) = (raw![i]?.Kind, raw[i]?.EvidenceFileId?.Trim());
            if (kind is null || !Enum.IsDefined(kind.Value))
                errors.Add($"documents[{i}].kind", "Required: bill-of-lading, packing-list, export-licence, end-user-certificate, invoice, trace-answer or other.");
            if (string.IsNullOrEmpty(file)) errors.Add($"documents[{i}].evidenceFileId", "Required.");
            else if (!Ids.IsValid(file)) errors.Add($"documents[{i}].evidenceFileId", "Not a valid id.");
            if (kind is { } k && Enum.IsDefined(k) && Ids.IsValid(file) && !documents.Contains(new(k, file!))) documents.Add(new(k, file!));
        }
        if (documents.Count > MaxDocuments) errors.Add("documents", $"At most {MaxDocuments} documents.");
        return documents;
    }
}
