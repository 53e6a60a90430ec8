using Remnant.Domain.Tracing;

namespace Remnant.Domain.Tests.Tracing;

public sealed class TransferRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static TransferFields Valid => new("party-a", "party-b", new DateOnly(2019, 3, 1), ItemIds: ["item-1"],
        Source: TransferSource.Document, Confidence: Confidence.Confirmed);

    private static Transfer NewTransfer() => new() { Id = "tr-1", FromPartyId = "", ToPartyId = "" };

    public static TheoryData<string, TransferFields, string[]> Invalid => new()
    {
        { "end before start", Valid with { EndDate = new DateOnly(2019, 2, 28) }, ["endDate"] },
        { "future start", Valid with { StartDate = Today.AddDays(1) }, ["startDate"] },
        { "future end", Valid with { EndDate = Today.AddDays(1) }, ["endDate"] },
        { "no start", Valid with { StartDate = null }, ["startDate"] },
        { "same parties", Valid with { ToPartyId = "party-a" }, ["toPartyId"] },
        { "missing parties", Valid with { FromPartyId = null, ToPartyId = " " }, ["fromPartyId", "toPartyId"] },
        { "bad party id", Valid with { FromPartyId = "../x" }, ["fromPartyId"] },
        { "nothing moved", Valid with { ItemIds = [] }, ["itemIds"] },
        { "bad item id", Valid with { ItemIds = ["item-1", "' OR 1=1"] }, ["itemIds[1]"] },
        { "half a range", Valid with { ItemIds = null, SerialFrom = "AK-01" }, ["serialTo"] },
        { "range downwards", Valid with { ItemIds = null, SerialFrom = "AK-09", SerialTo = "AK-01" }, ["serialTo"] },
        { "lot of separators", Valid with { ItemIds = null, LotNumber = "--" }, ["lotNumber"] },
        { "document without kind", Valid with { Documents = [new(null, "ev-1")] }, ["documents[0].kind"] },
        { "document bad id", Valid with { Documents = [new(TransferDocumentKind.PackingList, "a b")] }, ["documents[0].evidenceFileId"] },
        { "no source or confidence", Valid with { Source = null, Confidence = null }, ["confidence", "source"] },
        { "undefined confidence", Valid with { Confidence = (Confidence)9 }, ["confidence"] },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Apply_Invalid_NamesFieldAndAppliesNothing(string because, TransferFields fields, string[] expected)
    {
        var transfer = NewTransfer();
        var errors = Transfer.Apply(transfer, fields, Today);
        Assert.True(expected.SequenceEqual(errors.Fields.Select(f => f.Key).Order(StringComparer.Ordinal)), $"{because}: {errors}");
        Assert.Equal("", transfer.FromPartyId);
        Assert.Empty(transfer.ItemIds);
    }

    [Fact]
    public void Apply_PeriodLotRangeAndDocuments_Stored()
    {
        var transfer = NewTransfer();
        var errors = Transfer.Apply(transfer, Valid with
        {
            EndDate = new DateOnly(2019, 3, 31), ItemIds = ["item-1", "item-1", " "], LotNumber = "лот-7", SerialFrom = "AK-0100", SerialTo = "AK-0199",
            Documents = [new(TransferDocumentKind.BillOfLading, "ev-1"), new(TransferDocumentKind.BillOfLading, "ev-1"), new(TransferDocumentKind.ExportLicence, "ev:2")],
        }, Today);
        Assert.True(errors.IsValid, errors.ToString());
        Assert.Equal(["item-1"], transfer.ItemIds);
        Assert.Equal("ЛOT7", transfer.LotKey);
        Assert.Equal(("AK", 100L, 199L, 4), (transfer.RangePrefix, transfer.RangeStart, transfer.RangeEnd, transfer.RangeDigits));
        Assert.Equal(["BillOfLading:ev-1", "ExportLicence:ev:2"], transfer.Documents);
        Assert.Equal([new TransferDocument(TransferDocumentKind.BillOfLading, "ev-1"), new TransferDocument(TransferDocumentKind.ExportLicence, "ev:2")], transfer.DocumentList);
        Assert.Equal(new DateOnly(2019, 3, 31), transfer.EndDate);
    }

    [Fact]
    public void Apply_EndSameAsStart_SingleDay()
    {
        var transfer = NewTransfer();
        Assert.True(Transfer.Apply(transfer, Valid with { EndDate = new DateOnly(2019, 3, 1) }, Today).IsValid);
        Assert.Null(transfer.EndDate);
    }

    [Theory]
    [InlineData("item-1", null, null, ChainMatch.Item)]
    [InlineData("item-9", "LOT7", null, ChainMatch.Lot)]
    [InlineData("item-9", null, "AK0150", ChainMatch.SerialRange)]
    [InlineData("item-9", "LOT8", "AK0250", null)]
    public void Concerns_ItemLotOrSerial(string itemId, string? lotKey, string? serialKey, ChainMatch? expected)
    {
        var transfer = NewTransfer();
        Assert.True(Transfer.Apply(transfer, Valid with { LotNumber = "lot 7", SerialFrom = "AK-0100", SerialTo = "AK-0199" }, Today).IsValid);
        Assert.Equal(expected, transfer.Concerns(itemId, lotKey, serialKey));
    }

    [Theory]
    [InlineData("BillOfLading:ev-1", true)]
    [InlineData("Nonsense:ev-1", false)]
    [InlineData("9:ev-1", false)]
    [InlineData("BillOfLading:", false)]
    [InlineData(":ev-1", false)]
    [InlineData(null, false)]
    public void TransferDocument_TryParse(string? text, bool ok) => Assert.Equal(ok, TransferDocument.TryParse(text, out _));
}
