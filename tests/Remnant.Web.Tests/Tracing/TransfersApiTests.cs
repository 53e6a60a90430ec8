using System.Net;
using System.Net.Http.Json;
using Remnant.Web.Tests.Infrastructure;
using static Remnant.Web.Tests.Tracing.TracingSeed;

namespace Remnant.Web.Tests.Tracing;

public abstract class TransfersApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Create_PeriodWithDocuments_RoundTrips()
    {
        var p = await Parties(Client, "M", "E");
        var item = await Item(Client, "AK-0150");
        var file = await UploadAsync(item);
        var created = await Client.PostOk("/api/v1/transfers", new
        {
            fromPartyId = p["M"], toPartyId = p["E"], startDate = "2019-03-01", endDate = "2019-03-31", itemIds = new[] { item },
            documents = new[] { new { kind = "bill-of-lading", evidenceFileId = file } }, source = "document", confidence = "probable",
            licence = "EL-2019-044",
        });
        var fetched = await (await Client.GetAsync($"/api/v1/transfers/{created.Str("id")}")).ReadJson();
        Assert.Equal("2019-03-31", fetched.Str("endDate"));
        Assert.Equal("bill-of-lading", fetched["documents"]![0]!.Str("kind"));
        Assert.Equal(p["E"], fetched["to"]!.Str("id"));
        Assert.Equal("probable", fetched.Str("confidence"));
        Assert.Equal("tester", fetched.Str("createdBy"));
    }

    private async Task<string> UploadAsync(string itemId)
    {
        var form = new MultipartFormDataContent { { new StringContent(itemId), "itemId" } };
        form.Add(new ByteArrayContent("%PDF-1.4\n% bill of lading\n"u8.ToArray().Concat(Guid.NewGuid().ToByteArray()).ToArray()), "file", "bl.pdf");
        return (await (await Client.PostAsync("/api/v1/evidence", form)).ReadJson()).AsArray().Single()!.Str("id");
    }

    public static TheoryData<string, string> BadTransfers => new()
    {
        // existing chain for the item: A→B (2010-01-01), B→C (2011-01-01); recovered 2024-08-18
        { "B>A 2012-01-01", "toPartyId" },           // A→B→A
        { "C>A 2012-01-01", "toPartyId" },           // A→B→C→A: the same parties looping
        { "B>A 2009-01-01", "toPartyId" },           // against time too
        { "X>B 2015-01-01", "startDate" },           // B passed it on in 2011, before receiving it in 2015
        { "C>D 2025-01-01", "startDate" },           // after the recovery
        { "C>D 2011-06-01..2011-05-01", "endDate" }, // ends before it starts
        { "C>C 2012-01-01", "toPartyId" },           // to itself
        { "C>D unknown-item", "itemIds[0]" },        // names an unknown item
    };

    [Theory]
    [MemberData(nameof(BadTransfers))]
    public async Task Create_BreaksChain_400NamesFieldNothingSaved(string spec, string field)
    {
        var p = await Parties(Client, "A", "B", "C", "D", "X");
        var item = await Item(Client);
        await PostTransfer(Client, Transfer(p["A"], p["B"], "2010-01-01", [item]));
        await PostTransfer(Client, Transfer(p["B"], p["C"], "2011-01-01", [item]));
        var before = await TransferCount(Client);

        var parts = spec.Split(' ');
        var (from, to) = (p[parts[0][..1]], p[parts[0][2..]]);
        var unknown = parts[1] == "unknown-item";
        var dates = unknown ? ["2012-01-01"] : parts[1].Split("..");
        var response = await Client.PostAsJsonAsync("/api/v1/transfers",
            Transfer(from, to, dates[0], unknown ? ["item-does-not-exist"] : [item], end: dates.Length > 1 ? dates[1] : null));

        Assert.Equal([field], await response.InvalidFields());
        Assert.Equal(before, await TransferCount(Client));
        Assert.Equal(2, (await Chain(Client, item))["links"]!.AsArray().Count);
    }

    [Fact]
    public async Task Update_WouldLoop_400AndUnchanged()
    {
        var p = await Parties(Client, "A", "B", "C");
        var item = await Item(Client);
        await PostTransfer(Client, Transfer(p["A"], p["B"], "2010-01-01", [item]));
        var second = await PostTransfer(Client, Transfer(p["B"], p["C"], "2011-01-01", [item]));
        var response = await Client.PutAsJsonAsync($"/api/v1/transfers/{second}", Transfer(p["B"], p["A"], "2011-01-01", [item]));
        Assert.Equal(["toPartyId"], await response.InvalidFields());
        var stored = await (await Client.GetAsync($"/api/v1/transfers/{second}")).ReadJson();
        Assert.Equal(p["C"], stored["to"]!.Str("id"));
        // Changing only the date is fine: the transfer is not compared with its own earlier version.
        var moved = await Client.PutAsJsonAsync($"/api/v1/transfers/{second}", Transfer(p["B"], p["C"], "2012-01-01", [item]));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }

    [Fact]
    public async Task Chain_ByItemLotAndRange_OrderedFromMakerToRecovery()
    {
        var p = await Parties(Client, "M", "E", "S", "G");
        var lot = "LOT-" + Guid.NewGuid().ToString("N")[..8];
        var prefix = "Z" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var item = await Item(Client, $"{prefix}-0150", lot);
        await PostTransfer(Client, Transfer(p["S"], p["G"], "2018-05-01", [item], confidence: "possible"));
        await PostTransfer(Client, Transfer(p["M"], p["E"], "2015-01-01", lotNumber: lot.ToLowerInvariant()));
        await PostTransfer(Client, Transfer(p["E"], p["S"], "2016-01-01", end: "2016-12-31", serialFrom: $"{prefix}-0100", serialTo: $"{prefix}-0199"));
        await PostTransfer(Client, Transfer(p["E"], p["G"], "2016-01-01", serialFrom: $"{prefix}-0200", serialTo: $"{prefix}-0299")); // not this serial

        var chain = await Chain(Client, item);
        var links = chain["links"]!.AsArray();
        Assert.Equal(["M>E", "E>S", "S>G"], links.Select(l => $"{Letter(p, l!["from"]!.Str("id"))}>{Letter(p, l!["to"]!.Str("id"))}"));
        Assert.Equal(["lot", "serial-range", "item"], links.Select(l => l!.Str("matchedBy")));
        Assert.Equal([false, true, true], links.Select(l => l!["followsOn"]!.GetValue<bool>()));
        Assert.All(links, l => Assert.Equal("unassessed", l!.Str("phase")));
        Assert.Equal("2024-08-18", chain["recovery"]!.Str("recoveredOn"));
        Assert.Null(chain["diversion"]);
    }

    private static string Letter(Dictionary<string, string> parties, string id) => parties.Single(kv => kv.Value == id).Key;

    [Fact]
    public async Task Diversion_MarkedBetweenLinks_PhasesAndNeutralWording()
    {
        var p = await Parties(Client, "M", "E", "S", "G");
        var item = await Item(Client);
        await PostTransfer(Client, Transfer(p["M"], p["E"], "2015-01-01", [item]));
        await PostTransfer(Client, Transfer(p["E"], p["S"], "2016-01-01", [item]));
        await PostTransfer(Client, Transfer(p["S"], p["G"], "2018-01-01", [item]));

        var notInChain = await Client.PutAsJsonAsync($"/api/v1/items/{item}/diversion", new { lastLegalHolderId = await Party(Client, "Outsider") });
        Assert.Equal(["lastLegalHolderId"], await notInChain.InvalidFields());
        var tooEarly = await Client.PutAsJsonAsync($"/api/v1/items/{item}/diversion", new { lastLegalHolderId = p["S"], divertedOn = "2015-06-01" });
        Assert.Equal(["divertedOn"], await tooEarly.InvalidFields());

        var marked = await (await Client.PutAsJsonAsync($"/api/v1/items/{item}/diversion", new
        {
            lastLegalHolderId = p["S"], firstIllicitHolderId = p["G"], divertedOn = "2017-11-01", place = "Port of Aden", country = "ye", note = "Re-export not licensed",
        })).ReadJson();
        var links = marked["links"]!.AsArray();
        Assert.Equal(["legal", "legal", "diversion"], links.Select(l => l!.Str("phase")));
        Assert.Equal(links[2]!.Str("transferId"), marked["diversion"]!.Str("onTransferId"));
        Assert.Equal("tester", marked["diversion"]!.Str("markedBy"));
        Assert.Equal("YE", marked["diversion"]!.Str("country"));
        Assert.NotNull(marked["note"]);
        foreach (var legal in links.Take(2))
            foreach (var word in new[] { "illicit", "illegal", "divert", "wrongdoing" })
                Assert.DoesNotContain(word, legal!.Str("description"), StringComparison.OrdinalIgnoreCase);

        // Re-marking updates the mark; the history keeps the first version.
        var remarked = await (await Client.PutAsJsonAsync($"/api/v1/items/{item}/diversion", new { lastLegalHolderId = p["E"] })).ReadJson();
        Assert.Equal(1, remarked["diversion"]!["afterLink"]!.GetValue<int>());
        Assert.Equal(["legal", "after-diversion", "after-diversion"], remarked["links"]!.AsArray().Select(l => l!.Str("phase")));
        var history = await (await Client.GetAsync($"/api/v1/history?entityType=DiversionPoint&entityId={remarked["diversion"]!.Str("id")}")).Content.ReadAsStringAsync();
        Assert.Contains("Port of Aden", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_TransferLeavesChain()
    {
        var p = await Parties(Client, "A", "B");
        var item = await Item(Client);
        var id = await PostTransfer(Client, Transfer(p["A"], p["B"], "2010-01-01", [item]));
        await Client.PostOk($"/api/v1/transfers/{id}/retract", new { reason = "Misread bill of lading" }, HttpStatusCode.OK);
        Assert.Empty((await Chain(Client, item))["links"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/transfers/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"fromPartyId": "x", "toPartyId": "y", "startDate": "2019-02-30", "itemIds": ["i"], "source": "document", "confidence": "confirmed"}""", "startDate")]
    [InlineData("""{"fromPartyId": "x", "toPartyId": "y", "startDate": "2019-02-01", "itemIds": ["i"], "source": "rumour", "confidence": "confirmed"}""", "source")]
    [InlineData("""{"startDate": "2019-02-01"}""", "confidence,fromPartyId,itemIds,source,toPartyId")]
    public async Task Create_MalformedBody_400NamesField(string json, string fields)
    {
        var response = await Client.PostAsync("/api/v1/transfers", Json.Raw(json));
        Assert.Equal(fields.Split(','), await response.InvalidFields());
    }

    [Theory]
    [InlineData("/api/v1/items/no-such-item/chain", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/items/%27%3B--/chain", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/transfers/no-such-transfer", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/transfers?itemId=%27%3B--", HttpStatusCode.BadRequest)]
    public async Task Get_UnknownOrMalformed_NeverServerError(string url, HttpStatusCode expected) =>
        Assert.Equal(expected, (await Client.GetAsync(url)).StatusCode);
}

public sealed class TransfersApiTests_Sqlite(SqliteFactory f) : TransfersApiTests(f), IClassFixture<SqliteFactory>;

public sealed class TransfersApiTests_Postgres(PostgresFactory f) : TransfersApiTests(f), IClassFixture<PostgresFactory>;
