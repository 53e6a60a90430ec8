using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class SearchApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private async Task<JsonNode> Search(string q, string mode)
    {
        var response = await Client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&mode={mode}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    [Theory]
    [InlineData("02868", "partial", "partial: contains '02868' in serial 'A00G-028686'")]
    [InlineData("a00g 028686", "exact", "exact: serial 'A00G-028686' has the same fold key 'A00G028686'")]
    [InlineData("AO0G028686", "fuzzy", "fuzzy: O/0 OCR confusion at position 2 in serial 'A00G-028686'")]
    public async Task Search_EachMode_FindsItemWithReason(string q, string mode, string reason)
    {
        var recovery = await Seed.Recovery(Client);
        var item = await Seed.Item(Client, recovery.Str("id"), serialNumber: "A00G-028686", lotNumber: "05-12");
        var result = await Search(q, mode);
        var hit = result["results"]!.AsArray().Single(r => r!["item"]!.Str("id") == item.Str("id"))!;
        Assert.Equal(reason, hit.Str("reason"));
        Assert.Equal("A00G-028686", hit["item"]!.Str("serialNumber"));
        Assert.Equal("05-12", hit["item"]!.Str("lotNumber"));
        Assert.Equal(recovery.Str("id"), hit["item"]!.Str("recoveryId"));
        Assert.Equal(item.Str("caseId"), hit["item"]!.Str("caseId"));
        Assert.Equal("serial", hit.Str("field"));
    }

    [Fact]
    public async Task Search_CyrillicMarking_FoundWithLatinQuery()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        var item = (await Seed.Item(Client, recovery, "packaging")).Str("id");
        await Client.PostOk("/api/v1/markings", new { itemId = item, text = "9М133-1 ПАРТИЯ 07-19" });
        var hit = (await Search("9m133-1 партия 07 19", "exact"))["results"]!.AsArray().Single()!;
        Assert.Equal(item, hit["item"]!.Str("id"));
        Assert.Equal("box-marking", hit.Str("field"));
    }

    [Fact]
    public async Task Search_AfterUpdate_FindsNewSerialOnly()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        var item = (await Seed.Item(Client, recovery, serialNumber: "ZQ771001")).Str("id");
        var put = await Client.PutAsJsonAsync($"/api/v1/items/{item}", new { category = "missile", serialNumber = "ZQ882002" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Empty((await Search("ZQ771001", "exact"))["results"]!.AsArray());
        Assert.Equal(item, (await Search("ZQ88", "partial"))["results"]![0]!["item"]!.Str("id"));
    }

    [Theory]
    [InlineData("", "partial", "q")]
    [InlineData("a", "partial", "q")]
    [InlineData("1' OR 1=1", "partial", "q")]
    [InlineData("%05%", "partial", "q")]
    [InlineData("0512", "regex", "mode")]
    public async Task Search_BadQuery_400NamesField(string q, string mode, string field)
    {
        var response = await Client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&mode={mode}");
        Assert.Equal([field], await response.InvalidFields());
    }

    [Fact]
    public async Task Search_TenThousandCharacters_400()
    {
        var response = await Client.GetAsync($"/api/v1/search?q={new string('7', 10_000)}&mode=fuzzy");
        Assert.Equal(["q"], await response.InvalidFields());
    }

    [Fact]
    public async Task Health_AfterStart_Ready()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var status = (await Client.GetAsync("/health")).StatusCode;
        while (status != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
            status = (await Client.GetAsync("/health")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, status);
    }
}

public sealed class SearchApiTests_Sqlite(SqliteFactory f) : SearchApiTests(f), IClassFixture<SqliteFactory>;

public sealed class SearchApiTests_Postgres(PostgresFactory f) : SearchApiTests(f), IClassFixture<PostgresFactory>;
