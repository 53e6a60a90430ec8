using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class LinksApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private Task<JsonNode> Missile(string recovery, string serial, string lot) =>
        Client.PostOk("/api/v1/items", new { recoveryId = recovery, category = "missile", model = "9M133-1", manufacturer = "KBP", serialNumber = serial, lotNumber = lot });

    /// <summary>Five Kornets seized from a dhow, one recovered in Yemen: same lot, serials in sequence.</summary>
    private async Task<(List<string> Dhow, JsonNode Yemen)> DhowAndYemen(string lot, int start)
    {
        var dhow = (await Seed.Recovery(Client)).Str("id");
        var yemen = (await Seed.Recovery(Client)).Str("id");
        var seized = new List<string>();
        for (var i = 0; i < 5; i++) seized.Add((await Missile(dhow, $"N{start + i}", lot)).Str("id"));
        return (seized, await Missile(yemen, $"N{start + 29}", lot));
    }

    private async Task<JsonArray> Related(string id) =>
        (await (await Client.GetAsync($"/api/v1/items/{id}/related")).ReadJson()).AsArray();

    [Fact]
    public async Task Related_KornetInYemen_LinkedToDhowByLotAndSequence()
    {
        var (dhow, yemen) = await DhowAndYemen("LOT-A1", 1500131);
        var related = await Related(yemen.Str("id"));
        Assert.Equal(5, related.Count(r => r!.Str("kind") == "same-maker-and-lot"));
        Assert.Equal(5, related.Count(r => r!.Str("kind") == "serial-sequence"));
        Assert.Equal(dhow.Order(StringComparer.Ordinal), related.Select(r => r!["item"]!.Str("id")).Distinct().Order(StringComparer.Ordinal));
        var first = related.First(r => r!["item"]!.Str("id") == dhow[0] && r.Str("kind") == "serial-sequence")!;
        Assert.Equal("serials 'N1500160' and 'N1500131' in sequence: pattern N#######, 29 apart", first.Str("reason"));
        Assert.Equal("N1500131", first["item"]!.Str("serialNumber"));
        Assert.Equal("LOT-A1", first["item"]!.Str("lotNumber"));
        Assert.NotNull(first["item"]!.Str("recoveryId"));
        Assert.NotNull(first["item"]!.Str("caseId"));
        Assert.Equal("open", first.Str("decision"));
        Assert.Equal(2, (await Related(dhow[0])).Count(r => r!["item"]!.Str("id") == yemen.Str("id")));
    }

    [Fact]
    public async Task Confirm_ThenDismiss_DecisionKeptWithWhoAndWhen()
    {
        var (_, yemen) = await DhowAndYemen("LOT-B2", 2500131);
        var link = (await Related(yemen.Str("id")))[0]!.Str("linkId");
        var confirmed = await Client.PostOk($"/api/v1/links/{link}/confirm", new { note = "same shipment" }, HttpStatusCode.OK);
        Assert.Equal("confirmed", confirmed.Str("decision"));
        Assert.Equal("tester", confirmed.Str("decidedBy"));
        Assert.Equal("same shipment", confirmed.Str("decisionNote"));
        var shown = (await Related(yemen.Str("id"))).Single(r => r!.Str("linkId") == link)!;
        Assert.Equal("confirmed", shown.Str("decision"));
        Assert.Equal(Factory.Clock.GetUtcNow(), shown["decidedAt"]!.GetValue<DateTimeOffset>());
        var dismissed = await Client.PostOk($"/api/v1/links/{link}/dismiss", new { }, HttpStatusCode.OK);
        Assert.Equal("dismissed", dismissed.Str("decision"));
        var history = await (await Client.GetAsync($"/api/v1/history?entityType=LinkRecord&entityId={link}")).Content.ReadAsStringAsync();
        Assert.Contains("same shipment", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_LotChanged_LotLinksGoButSequenceStays()
    {
        var (_, yemen) = await DhowAndYemen("LOT-C3", 3500131);
        var put = await Client.PutAsJsonAsync($"/api/v1/items/{yemen.Str("id")}",
            new { category = "missile", model = "9M133-1", manufacturer = "KBP", serialNumber = "N3500160", lotNumber = "LOT-Z9" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var related = await Related(yemen.Str("id"));
        Assert.DoesNotContain(related, r => r!.Str("kind") == "same-maker-and-lot");
        Assert.Equal(5, related.Count(r => r!.Str("kind") == "serial-sequence"));
    }

    [Fact]
    public async Task List_Open_IncludesNewLinks()
    {
        await DhowAndYemen("LOT-D4", 4500131);
        var page = await (await Client.GetAsync("/api/v1/links?decision=open&kind=serial-sequence&pageSize=500")).ReadJson();
        Assert.True(page["total"]!.GetValue<int>() >= 5);
        Assert.All(page["items"]!.AsArray(), l => Assert.Equal("serial-sequence", l!.Str("kind")));
    }

    [Theory]
    [InlineData("/api/v1/items/item-nope/related", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/items/%20bad/related", HttpStatusCode.BadRequest)]
    public async Task Related_UnknownOrMalformed_Problem(string url, HttpStatusCode expected) =>
        Assert.Equal(expected, (await Client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Confirm_UnknownLink_404()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/links/link-nope/confirm", new { });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class LinksApiTests_Sqlite(SqliteFactory f) : LinksApiTests(f), IClassFixture<SqliteFactory>;

public sealed class LinksApiTests_Postgres(PostgresFactory f) : LinksApiTests(f), IClassFixture<PostgresFactory>;
