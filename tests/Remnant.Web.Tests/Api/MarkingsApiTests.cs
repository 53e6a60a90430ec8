using System.Net;
using System.Net.Http.Json;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class MarkingsApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private async Task<string> ItemAsync() => (await Seed.Item(Client, (await Seed.Recovery(Client)).Str("id"), "component")).Str("id");

    [Theory]
    [InlineData("화성-11")]
    [InlineData("Т-72Б  №0193")]
    [InlineData("۱۳۵۸")]
    [InlineData("113")]
    public async Task Create_OwnScript_KeptExactly(string text)
    {
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = await ItemAsync(), text, method = "stencilled", location = "housing" });
        var fetched = await (await Client.GetAsync($"/api/v1/markings/{marking.Str("id")}")).ReadJson();
        Assert.Equal(text, fetched.Str("text"));
        Assert.Equal("stencilled", fetched.Str("method"));
    }

    [Fact]
    public async Task Update_DifferentText_NewReadingSupersedesOld()
    {
        var item = await ItemAsync();
        var original = await Client.PostOk("/api/v1/markings", new { itemId = item, text = "A0OG028686", legibility = "poor" });
        var correction = await Client.PutAsJsonAsync($"/api/v1/markings/{original.Str("id")}", new { text = "A00G028686", legibility = "clear" });
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        var created = await correction.ReadJson();
        Assert.Equal(original.Str("id"), created.Str("supersedesId"));

        var old = await (await Client.GetAsync($"/api/v1/markings/{original.Str("id")}")).ReadJson();
        Assert.Equal("A0OG028686", old.Str("text"));
        var all = await (await Client.GetAsync($"/api/v1/markings?itemId={item}")).ReadJson();
        Assert.Equal(2, all["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_SameText_EditsDetailsInPlace()
    {
        var original = await Client.PostOk("/api/v1/markings", new { itemId = await ItemAsync(), text = "113" });
        var response = await Client.PutAsJsonAsync($"/api/v1/markings/{original.Str("id")}", new { text = "113", location = "actuator housing" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(original.Str("id"), (await response.ReadJson()).Str("id"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public async Task Create_EmptyOrControlText_400(string text)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/markings", new { itemId = await ItemAsync(), text });
        Assert.Equal(["text"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_BidiOverride_KeptAsEvidence()
    {
        var text = "\u202E113\u202C";
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = await ItemAsync(), text });
        Assert.Equal(text, marking.Str("text"));
    }

    [Fact]
    public async Task Retract_Twice_SecondRefused()
    {
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = await ItemAsync(), text = "539 67" });
        await Client.PostOk($"/api/v1/markings/{marking.Str("id")}/retract", new { reason = "Misread: photo shows another item" }, HttpStatusCode.OK);
        var again = await Client.PostAsJsonAsync($"/api/v1/markings/{marking.Str("id")}/retract", new { reason = "again" });
        Assert.Equal(["reason"], await again.InvalidFields());
        var edit = await Client.PutAsJsonAsync($"/api/v1/markings/{marking.Str("id")}", new { text = "539 68" });
        Assert.Equal(["id"], await edit.InvalidFields());
    }

    [Fact]
    public async Task Create_UnknownItem_400NamesItemId()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/markings", new { itemId = "item-nope", text = "113" });
        Assert.Equal(["itemId"], await response.InvalidFields());
    }
}

public sealed class MarkingsApiTests_Sqlite(SqliteFactory f) : MarkingsApiTests(f), IClassFixture<SqliteFactory>;

public sealed class MarkingsApiTests_Postgres(PostgresFactory f) : MarkingsApiTests(f), IClassFixture<PostgresFactory>;
