using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

/// <summary>An evidence file attached to a transfer, with what kind of document it is. Stored as
/// <c>kind:evidenceFileId</c> so that the transfer's history shows its documents.</summary>
/// <param name="Kind">What the document is.</param>
/// <param name="EvidenceFileId">The <see cref="Evidence.EvidenceFile"/> holding it.</param>
public readonly record struct TransferDocument(TransferDocumentKind Kind, string EvidenceFileId)
{
    /// <summary>The stored form, <c>BillOfLading:ev-...</c>.</summary>
    public override string ToString() => $"{Kind}:{EvidenceFileId}";

    /// <summary>Reads the stored form; false for anything else.</summary>
    public static bool TryParse(string? text, out TransferDocument document)
    {
        document = default;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0) return false;
        var id = text![(colon + 1)..];
        if (!Enum.TryParse<TransferDocumentKind>(text[..colon], ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || !Ids.IsValid(id)) return false;
        document = new TransferDocument(kind, id);
        return true;
    }
}

/// <summary>A document as it arrives from a form or the API, before checking.</summary>
/// <param name="Kind">What it is; required.</param>
/// <param name="EvidenceFileId">The evidence file; required.</param>
public sealed record TransferDocumentFields(TransferDocumentKind? Kind, string? EvidenceFileId);
