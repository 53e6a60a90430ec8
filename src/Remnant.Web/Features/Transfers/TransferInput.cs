using Remnant.Domain.Tracing;
using Remnant.Web.Features.Parties;
using Remnant.Web.Features.Parties.Shared;

namespace Remnant.Web.Features.Transfers;

/// <summary>The transfer form as posted: items one per line, documents one per line as
/// <c>kind: evidence-file-id</c> (<c>bill-of-lading: ev-...</c>).</summary>
internal sealed class TransferInput
{
    public string? FromPartyId { get; set; }
    public string? ToPartyId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? ItemIds { get; set; }
    public string? LotNumber { get; set; }
    public string? SerialFrom { get; set; }
    public string? SerialTo { get; set; }
    public string? Documents { get; set; }
    public TransferSource Source { get; set; } = TransferSource.Document;
    public string? SourceDetail { get; set; }
    public Confidence Confidence { get; set; } = Confidence.Probable;
    public string? Licence { get; set; }
    public string? Notes { get; set; }

    public TransferFields ToFields() => new(FromPartyId, ToPartyId, StartDate, EndDate, TracingLabels.Lines(ItemIds), LotNumber, SerialFrom, SerialTo,
        TracingLabels.Lines(Documents).Select(ReadDocument).ToList(), Source, SourceDetail, Confidence, Licence, Notes);

    private static TransferDocumentFields ReadDocument(string? line)
    {
        var colon = line!.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return new TransferDocumentFields(null, line);
        var kind = KebabEnum.Read<TransferDocumentKind>(line[..colon], "kind", new Domain.Validation.ValidationErrors());
        return new TransferDocumentFields(kind, line[(colon + 1)..].Trim());
    }

    public static TransferInput From(Transfer t) => new()
    {
        FromPartyId = t.FromPartyId, ToPartyId = t.ToPartyId, StartDate = t.StartDate, EndDate = t.EndDate, ItemIds = string.Join('\n', t.ItemIds),
        LotNumber = t.LotNumber, SerialFrom = t.SerialFrom, SerialTo = t.SerialTo,
        Documents = string.Join('\n', t.DocumentList.Select(d => $"{KebabEnum.Code(d.Kind)}: {d.EvidenceFileId}")),
        Source = t.Source, SourceDetail = t.SourceDetail, Confidence = t.Confidence, Licence = t.Licence, Notes = t.Notes,
    };
}

/// <summary>The diversion form as posted.</summary>
internal sealed class DiversionInput
{
    public string? LastLegalHolderId { get; set; }
    public string? FirstIllicitHolderId { get; set; }
    public DateOnly? DivertedOn { get; set; }
    public string? Place { get; set; }
    public string? Country { get; set; }
    public string? Note { get; set; }

    public DiversionFields ToFields() => new(LastLegalHolderId, FirstIllicitHolderId, DivertedOn, Place, Country, Note);

    public static DiversionInput From(DiversionPoint d) => new()
    {
        LastLegalHolderId = d.LastLegalHolderId, FirstIllicitHolderId = d.FirstIllicitHolderId, DivertedOn = d.DivertedOn,
        Place = d.Place, Country = d.Country, Note = d.Note,
    };
}
