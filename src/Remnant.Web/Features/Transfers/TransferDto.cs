using Remnant.Domain.Parties;
using Remnant.Domain.Tracing;

namespace Remnant.Web.Features.Transfers;

/// <summary>A party as other records show it.</summary>
public sealed record PartyRef(string Id, string Name, PartyKind Kind, string? Country, bool IsPrivateIndividual)
{
    public static PartyRef Of(string id, IReadOnlyDictionary<string, Party> parties) =>
        parties.TryGetValue(id, out var p) ? new(p.Id, p.Name, p.Kind, p.Country, p.IsPrivateIndividual) : new(id, id, PartyKind.Organisation, null, false);
}

internal sealed record TransferDocumentDto(TransferDocumentKind Kind, string EvidenceFileId);

internal sealed record TransferDto(string Id, PartyRef From, PartyRef To, DateOnly StartDate, DateOnly? EndDate, IReadOnlyList<string> ItemIds,
    string? LotNumber, string? SerialFrom, string? SerialTo, IReadOnlyList<TransferDocumentDto> Documents, TransferSource Source,
    string? SourceDetail, Confidence Confidence, string? Licence, string? TraceRequestId, string? Notes, DateTimeOffset CreatedAt,
    string? CreatedBy, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static TransferDto Of(Transfer t, IReadOnlyDictionary<string, Party> parties) => new(t.Id, PartyRef.Of(t.FromPartyId, parties),
        PartyRef.Of(t.ToPartyId, parties), t.StartDate, t.EndDate, t.ItemIds, t.LotNumber, t.SerialFrom, t.SerialTo,
        t.DocumentList.Select(d => new TransferDocumentDto(d.Kind, d.EvidenceFileId)).ToList(), t.Source, t.SourceDetail, t.Confidence,
        t.Licence, t.TraceRequestId, t.Notes, t.CreatedAt, t.CreatedBy, t.RetractedAt, t.RetractedBy, t.RetractionReason);
}

/// <summary>A transfer as created or replaced. What moved: <c>itemIds</c>, a <c>lotNumber</c>, a
/// serial range <c>serialFrom</c>..<c>serialTo</c>, or several. <c>endDate</c> makes it a period.</summary>
internal sealed record TransferRequest(string? FromPartyId, string? ToPartyId, DateOnly? StartDate, DateOnly? EndDate, string?[]? ItemIds,
    string? LotNumber, string? SerialFrom, string? SerialTo, TransferDocumentRequest?[]? Documents, TransferSource? Source,
    string? SourceDetail, Confidence? Confidence, string? Licence, string? Notes)
{
    public TransferFields ToFields() => new(FromPartyId, ToPartyId, StartDate, EndDate, ItemIds, LotNumber, SerialFrom, SerialTo,
        Documents?.Select(d => new TransferDocumentFields(d?.Kind, d?.EvidenceFileId)).ToList(), Source, SourceDetail, Confidence, Licence, Notes);
}

internal sealed record TransferDocumentRequest(TransferDocumentKind? Kind, string? EvidenceFileId);

internal sealed record ChainLinkDto(int Order, string TransferId, PartyRef From, PartyRef To, DateOnly StartDate, DateOnly? EndDate,
    Confidence Confidence, ChainMatch MatchedBy, ChainPhase Phase, bool FollowsOn, TransferSource Source, string? Licence, string Description);

internal sealed record DiversionDto(string Id, PartyRef LastLegalHolder, PartyRef? FirstIllicitHolder, DateOnly? DivertedOn, string? Place,
    string? Country, string? Note, string MarkedBy, DateTimeOffset MarkedAt, string? OnTransferId, int? AfterLink, bool Stale, string Description);

internal sealed record ChainRecoveryDto(string RecoveryId, string CaseId, DateOnly? RecoveredOn, string? PlaceName, string? Country);

/// <summary>An item's chain from the maker to the recovery. <c>afterLink</c> places a point of
/// diversion that is not itself a recorded transfer: after link number N (0: before the first).</summary>
internal sealed record ChainDto(string ItemId, IReadOnlyList<ChainLinkDto> Links, DiversionDto? Diversion, ChainRecoveryDto Recovery, string? Note)
{
    public static ChainDto From(ChainView view)
    {
        var steps = view.Chain.Steps;
        var links = steps.Select((s, i) =>
        {
            var t = view.Transfers[s.Link.TransferId];
            return new ChainLinkDto(i + 1, t.Id, PartyRef.Of(t.FromPartyId, view.Parties), PartyRef.Of(t.ToPartyId, view.Parties), t.StartDate, t.EndDate,
                t.Confidence, s.Link.MatchedBy, s.Phase, s.FollowsOn, t.Source, t.Licence, ChainWording.Describe(s, p => view.NameOf(p)));
        }).ToList();
        DiversionDto? diversion = null;
        if (view.Chain.Mark is { } m)
        {
            var onLink = steps.FirstOrDefault(s => s.Phase == ChainPhase.Diversion);
            diversion = new DiversionDto(m.Id, PartyRef.Of(m.LastLegalHolderId, view.Parties),
                m.FirstIllicitHolderId is { } f ? PartyRef.Of(f, view.Parties) : null, m.DivertedOn, m.Place, m.Country, m.Note, m.MarkedBy, m.MarkedAt,
                onLink?.Link.TransferId, view.Chain.MarkerAfter is { } after ? after + 1 : null, view.Chain.MarkIsStale,
                ChainWording.DescribeMark(m, p => view.NameOf(p)));
        }
        var item = view.Item;
        return new ChainDto(item.Id, links, diversion, new ChainRecoveryDto(item.RecoveryId, item.CaseId, item.RecoveredOn, item.PlaceName, item.Country),
            diversion is null ? null : ChainWording.LegalHoldersNote);
    }
}

internal sealed record DiversionRequest(string? LastLegalHolderId, string? FirstIllicitHolderId, DateOnly? DivertedOn, string? Place, string? Country, string? Note)
{
    public DiversionFields ToFields() => new(LastLegalHolderId, FirstIllicitHolderId, DivertedOn, Place, Country, Note);
}
