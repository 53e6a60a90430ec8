using System.Net;
using System.Text.Json;
using Remnant.Web.Tests.Infrastructure;
using static Remnant.Web.Tests.Tracing.TracingSeed;

namespace Remnant.Web.Tests.Tracing;

/// <summary>Hostile and malformed input to every tracing endpoint: a 400 naming the field (or a
/// 404 for an unknown id), never a 500.</summary>
public abstract class TracingBadInputTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private static readonly string Long = new('x', 10_000);

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/api/v1/parties", """{"kind": "company", "name": "LONG"}""", "name" },
        { "/api/v1/parties", """{"kind": "company", "name": "x", "aliases": "not-a-list"}""", "aliases" },
        { "/api/v1/parties", """{"kind": 3, "name": "x"}""", "kind" },
        { "/api/v1/parties", """{"kind": "company", "name": "x", "identifiers": ["cage:' OR 1=1 --"]}""", "identifiers[0]" },
        { "/api/v1/parties", "[1, 2]", "body" },
        { "/api/v1/transfers", """{"fromPartyId": "LONG", "toPartyId": "b", "startDate": "2020-01-01", "itemIds": ["i"], "source": "document", "confidence": "confirmed"}""", "fromPartyId" },
        { "/api/v1/transfers", """{"fromPartyId": "a", "toPartyId": "b", "startDate": "yesterday", "source": "document", "confidence": "confirmed"}""", "startDate" },
        { "/api/v1/transfers", """{"fromPartyId": "a", "toPartyId": "b", "startDate": "2020-01-01", "itemIds": [null, ""], "source": "document", "confidence": "confirmed"}""", "itemIds" },
        { "/api/v1/transfers", """{"fromPartyId": "a", "toPartyId": "b", "startDate": "2020-01-01", "serialFrom": "%", "serialTo": "_", "source": "document", "confidence": "confirmed"}""", "serialFrom,serialTo" },
        { "/api/v1/transfers", """{"fromPartyId": "a", "toPartyId": "b", "startDate": "2020-01-01", "lotNumber": "1", "documents": [null], "source": "document", "confidence": "confirmed"}""", "documents[0].evidenceFileId,documents[0].kind" },
        { "/api/v1/traces", """{"recipientPartyId": "a", "itemIds": "LONG"}""", "itemIds" },
        { "/api/v1/traces", """{"recipientPartyId": {"$ne": 1}}""", "recipientPartyId" },
        { "/api/v1/traces/trace-nope/answer", """{"answeredOn": 20240101}""", "answeredOn" },
        { "/api/v1/traces/trace-nope/remind", """{"note": "LONG"}""", "" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_Hostile_400OrNotFoundNeverServerError(string url, string json, string fields)
    {
        var response = await Client.PostAsync(url, Json.Raw(json.Replace("LONG", Long)));
        if (fields.Length == 0)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return;
        }
        Assert.Equal(fields.Split(','), await response.InvalidFields());
    }

    [Fact]
    public async Task Transfer_TooManyItems_400()
    {
        var p = await Parties(Client, "A", "B");
        var ids = Enumerable.Range(0, 1_001).Select(i => $"item-{i}").ToArray();
        var response = await Client.PostAsync("/api/v1/transfers", Json.Raw(JsonSerializer.Serialize(
            new { fromPartyId = p["A"], toPartyId = p["B"], startDate = "2020-01-01", itemIds = ids, source = "document", confidence = "confirmed" })));
        Assert.Equal(["itemIds"], await response.InvalidFields());
    }

    [Theory]
    [InlineData("/api/v1/parties?q=LONG")]
    [InlineData("/api/v1/parties?page=-1")]
    [InlineData("/api/v1/transfers?partyId=LONG")]
    [InlineData("/api/v1/traces?status=answered%27--")]
    [InlineData("/api/v1/items/LONG/chain")]
    public async Task Get_Hostile_400(string url)
    {
        var response = await Client.GetAsync(url.Replace("LONG", new string('a', 300)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Diversion_UnknownItem404_EmptyChain400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutAsync("/api/v1/items/item-nope/diversion", Json.Raw("""{"lastLegalHolderId": "p"}"""))).StatusCode);
        var item = await Item(Client);
        var response = await Client.PutAsync($"/api/v1/items/{item}/diversion", Json.Raw("""{"lastLegalHolderId": "party-x", "divertedOn": "2030-01-01"}"""));
        Assert.Equal(["divertedOn", "lastLegalHolderId"], await response.InvalidFields());
    }

    [Fact]
    public async Task OpenApi_TracingEndpoints_Documented()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/v1/parties", "/api/v1/transfers", "/api/v1/items/{id}/chain", "/api/v1/items/{id}/diversion",
                     "/api/v1/traces", "/api/v1/traces/stats", "/api/v1/traces/{id}/send", "/api/v1/traces/{id}/acknowledge",
                     "/api/v1/traces/{id}/answer", "/api/v1/traces/{id}/refuse", "/api/v1/traces/{id}/no-response", "/api/v1/traces/{id}/remind" })
            Assert.Contains(path, paths);
    }
}

public sealed class TracingBadInputTests_Sqlite(SqliteFactory f) : TracingBadInputTests(f), IClassFixture<SqliteFactory>;

public sealed class TracingBadInputTests_Postgres(PostgresFactory f) : TracingBadInputTests(f), IClassFixture<PostgresFactory>;
