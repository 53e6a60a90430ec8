using System.Net;
using System.Net.Http.Json;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Tracing;

public abstract class PartiesApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Create_NamesInScriptsIdentifiersRoles_RoundTrips()
    {
        var created = await Client.PostOk("/api/v1/parties", new
        {
            kind = "company", name = "Korea Mining Development Trading Corporation", originalScriptName = "조선광업개발무역회사",
            aliases = new[] { "KOMID", "Changgwang Sinyong Corporation", "komid" }, country = "kp",
            identifiers = new[] { "un:KPe.001", "cage:1abc2" }, roles = new[] { "exporter", "broker" },
        });
        var fetched = await (await Client.GetAsync($"/api/v1/parties/{created.Str("id")}")).ReadJson();
        Assert.Equal("조선광업개발무역회사", fetched.Str("originalScriptName"));
        Assert.Equal(["KOMID", "Changgwang Sinyong Corporation"], fetched["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["un:KPe.001", "cage:1ABC2"], fetched["identifiers"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["exporter", "broker"], fetched["roles"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("KP", fetched.Str("country"));
        Assert.False(fetched["isPrivateIndividual"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_PersonWithoutFlag_PrivateIndividual()
    {
        var person = await Client.PostOk("/api/v1/parties", new { kind = "person", name = "Private Person" });
        Assert.True(person["isPrivateIndividual"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_BadFields_400NamesEach()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/parties", new
        {
            kind = "company", name = "", country = "ZZ", identifiers = new[] { "cage:12" }, roles = new[] { "recipient-state" }, isPrivateIndividual = true,
        });
        Assert.Equal(["country", "identifiers[0]", "isPrivateIndividual", "name", "roles"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_UnknownRole_400NamesRoles()
    {
        var response = await Client.PostAsync("/api/v1/parties", Json.Raw("""{"kind": "company", "name": "X", "roles": ["smuggler"]}"""));
        Assert.Equal(["roles[0]"], await response.InvalidFields());
    }

    [Fact]
    public async Task List_FiltersByLookAlikeAliasKindRoleCountry()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant().Replace('A', 'B');
        await Client.PostOk("/api/v1/parties", new { kind = "company", name = $"Tula Works {tag}", aliases = new[] { $"KBP-{tag}" }, country = "RU", roles = new[] { "manufacturer" } });
        await Client.PostOk("/api/v1/parties", new { kind = "state", name = $"Ministry {tag}", country = "RU", roles = new[] { "recipient-state" } });
        // Cyrillic К, В, Р look like Latin K, B, P.
        var byAlias = await (await Client.GetAsync($"/api/v1/parties?q={Uri.EscapeDataString("кв" + "р" + tag)}")).ReadJson();
        Assert.Equal(1, byAlias["total"]!.GetValue<int>());
        var byRole = await (await Client.GetAsync($"/api/v1/parties?q={tag}&role=recipient-state&country=ru&kind=state")).ReadJson();
        Assert.Equal($"Ministry {tag}", byRole["items"]![0]!.Str("name"));
        Assert.Equal(1, byRole["total"]!.GetValue<int>());
        var bad = await Client.GetAsync("/api/v1/parties?role=pirate&kind=alien&country=XX&pageSize=900");
        Assert.Equal(["country", "kind", "pageSize", "role"], await bad.InvalidFields());
    }

    [Fact]
    public async Task Update_ThenRetract_KeptWithReason()
    {
        var id = await TracingSeed.Party(Client, "To change");
        var updated = await Client.PutAsJsonAsync($"/api/v1/parties/{id}", new { kind = "organisation", name = "Changed" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var retracted = await Client.PostOk($"/api/v1/parties/{id}/retract", new { reason = "Duplicate" }, HttpStatusCode.OK);
        Assert.Equal("Duplicate", retracted.Str("retractionReason"));
        Assert.Equal("Changed", retracted.Str("name"));
    }

    [Theory]
    [InlineData("no-such-party", HttpStatusCode.NotFound)]
    [InlineData("%27%20OR%201%3D1", HttpStatusCode.BadRequest)]
    public async Task Get_UnknownOrMalformed_NeverServerError(string id, HttpStatusCode expected) =>
        Assert.Equal(expected, (await Client.GetAsync($"/api/v1/parties/{id}")).StatusCode);
}

public sealed class PartiesApiTests_Sqlite(SqliteFactory f) : PartiesApiTests(f), IClassFixture<SqliteFactory>;

public sealed class PartiesApiTests_Postgres(PostgresFactory f) : PartiesApiTests(f), IClassFixture<PostgresFactory>;
