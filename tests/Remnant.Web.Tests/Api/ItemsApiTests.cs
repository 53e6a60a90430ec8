using System.Net;
using System.Net.Http.Json;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class ItemsApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Get_NestedComponents_TreeToAnyDepth()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        var missile = (await Seed.Item(Client, recovery)).Str("id");
        var guidance = (await Seed.Item(Client, recovery, "component", missile)).Str("id");
        var board = (await Seed.Item(Client, recovery, "component", guidance)).Str("id");
        var chip = await Seed.Item(Client, recovery, "component", board, serialNumber: "AD7982");

        var detail = await (await Client.GetAsync($"/api/v1/items/{missile}")).ReadJson();
        var level1 = detail["components"]!.AsArray().Single()!;
        Assert.Equal(guidance, level1.Str("id"));
        Assert.Equal(chip.Str("id"), level1["components"]![0]!["components"]![0]!.Str("id"));

        var chipDetail = await (await Client.GetAsync($"/api/v1/items/{chip.Str("id")}")).ReadJson();
        Assert.Equal([board, guidance, missile], chipDetail["ancestors"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("unassigned", chipDetail["item"]!.Str("caseId"));
    }

    [Fact]
    public async Task Update_ParentIsOwnComponent_400NoCycle()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        var top = (await Seed.Item(Client, recovery)).Str("id");
        var child = (await Seed.Item(Client, recovery, "component", top)).Str("id");
        var grandchild = (await Seed.Item(Client, recovery, "component", child)).Str("id");
        var response = await Client.PutAsJsonAsync($"/api/v1/items/{top}", new { category = "missile", parentItemId = grandchild });
        Assert.Equal(["parentItemId"], await response.InvalidFields());
        var self = await Client.PutAsJsonAsync($"/api/v1/items/{top}", new { category = "missile", parentItemId = top });
        Assert.Equal(["parentItemId"], await self.InvalidFields());
    }

    [Fact]
    public async Task Create_ParentInOtherRecovery_400()
    {
        var first = (await Seed.Recovery(Client)).Str("id");
        var second = (await Seed.Recovery(Client)).Str("id");
        var parent = (await Seed.Item(Client, first)).Str("id");
        var response = await Client.PostAsJsonAsync("/api/v1/items", new { recoveryId = second, category = "component", parentItemId = parent });
        Assert.Equal(["parentItemId"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_BadFields_AllNamed()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/items", new { recoveryId = "nope", quantity = 0, countryOfManufacture = "ZZ" });
        Assert.Equal(["category", "countryOfManufacture", "quantity", "recoveryId"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_UnknownCategoryCode_400NamesCategory()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        var response = await Client.PostAsync("/api/v1/items", Json.Raw($$"""{"recoveryId": "{{recovery}}", "category": "tank"}"""));
        Assert.Equal(["category"], await response.InvalidFields());
    }

    [Fact]
    public async Task List_SerialFragmentWithCyrillicLookAlikes_Found()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        await Seed.Item(Client, recovery, "small-arm", serialNumber: "AK-47 0193", lotNumber: "LOT-7");
        var page = await (await Client.GetAsync($"/api/v1/items?recoveryId={recovery}&q={Uri.EscapeDataString("ак47")}")).ReadJson();
        Assert.Equal(1, page["total"]!.GetValue<int>());
        Assert.Equal("small-arm", page["items"]![0]!.Str("category"));
        Assert.Equal("AK-47 0193", page["items"]![0]!.Str("serialNumber"));
    }

    [Fact]
    public async Task Get_Unknown_404Problem()
    {
        var response = await Client.GetAsync("/api/v1/items/item-does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Item not found.", (await response.ReadJson()).Str("title"));
    }
}

public sealed class ItemsApiTests_Sqlite(SqliteFactory f) : ItemsApiTests(f), IClassFixture<SqliteFactory>;

public sealed class ItemsApiTests_Postgres(PostgresFactory f) : ItemsApiTests(f), IClassFixture<PostgresFactory>;
