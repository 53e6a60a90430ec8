namespace Remnant.Domain.Tracing;

/// <summary>The editable fields of a transfer as they arrive from a form, the API or a trace answer.</summary>
/// <param name="FromPartyId">Who handed it over; required.</param>
/// <param name="ToPartyId">Who received it; required, not the same party.</param>
/// <param name="StartDate">The day, or the first day of the period; required.</param>
/// <param name="EndDate">The last day of the period; not before <paramref name="StartDate"/>.</param>
/// <param name="ItemIds">Items named in the transfer.</param>
/// <param name="LotNumber">A lot or batch number.</param>
/// <param name="SerialFrom">First serial of a range.</param>
/// <param name="SerialTo">Last serial of a range.</param>
/// <param name="Documents">Evidence files with their kind.</param>
/// <param name="Source">Where the knowledge comes from; required.</param>
/// <param name="SourceDetail">A letter's reference, a document's title.</param>
/// <param name="Confidence">How sure it is; required.</param>
/// <param name="Licence">Export licence reference.</param>
/// <param name="Notes">Free text.</param>
public sealed record TransferFields(
    string? FromPartyId,
    string? ToPartyId,
    DateOnly? StartDate,
    DateOnly? EndDate = null,
    IReadOnlyList<string?>? ItemIds = null,
    string? LotNumber = null,
    string? SerialFrom = null,
    string? SerialTo = null,
    IReadOnlyList<TransferDocumentFields>? Documents = null,
    TransferSource? Source = null,
    string? SourceDetail = null,
    Confidence? Confidence = null,
    string? Licence = null,
    string? Notes = null);
