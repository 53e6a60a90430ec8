using System.Net;
using System.Net.Http.Json;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class CasesApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Create_Valid_ReturnsCreatedAndGettable()
    {
        var created = await Client.PostOk("/api/v1/cases", new { title = "DPRK missiles", description = "Strikes of 2024" });
        var response = await Client.GetAsync($"/api/v1/cases/{created.Str("id")}");
        var fetched = await response.ReadJson();
        Assert.Equal("DPRK missiles", fetched.Str("title"));
        Assert.Equal("Strikes of 2024", fetched.Str("description"));
        Assert.Equal(FixedClock.Default, fetched["createdAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Create_MissingTitle_400NamesTitle()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/cases", new { description = "x" });
        Assert.Equal(["title"], await response.InvalidFields());
    }

    [Fact]
    public async Task List_Paged_CountsAndPages()
    {
        for (var i = 0; i < 3; i++) await Seed.Case(Client, $"Paging case {i}");
        var page = await (await Client.GetAsync("/api/v1/cases?q=paging%20case&pageSize=2&page=2")).ReadJson();
        Assert.Equal(3, page["total"]!.GetValue<int>());
        Assert.Single(page["items"]!.AsArray());
        var bad = await Client.GetAsync("/api/v1/cases?pageSize=0&page=0");
        Assert.Equal(["page", "pageSize"], await bad.InvalidFields());
    }

    [Fact]
    public async Task Retract_WithReason_KeptAndHidden()
    {
        var id = await Seed.Case(Client, "To retract");
        var noReason = await Client.PostAsJsonAsync($"/api/v1/cases/{id}/retract", new { reason = " " });
        Assert.Equal(["reason"], await noReason.InvalidFields());

        var retracted = await Client.PostOk($"/api/v1/cases/{id}/retract", new { reason = "Duplicate of another case" }, HttpStatusCode.OK);
        Assert.Equal("Duplicate of another case", retracted.Str("retractionReason"));
        Assert.Equal("tester", retracted.Str("retractedBy"));
        var stillThere = await Client.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        var list = await (await Client.GetAsync("/api/v1/cases?q=to%20retract")).ReadJson();
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("no-such-case", HttpStatusCode.NotFound)]
    [InlineData("..%2F..%2Fetc%2Fpasswd", HttpStatusCode.BadRequest)]
    [InlineData("%27%20OR%201%3D1%20--", HttpStatusCode.BadRequest)]
    public async Task Get_UnknownOrMalformedId_NeverServerError(string id, HttpStatusCode expected)
    {
        var response = await Client.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_IdOf65Chars_400()
    {
        var response = await Client.GetAsync($"/api/v1/cases/{new string('a', 65)}");
        Assert.Equal(["id"], await response.InvalidFields());
    }
}

public sealed class CasesApiTests_Sqlite(SqliteFactory f) : CasesApiTests(f), IClassFixture<SqliteFactory>;

public sealed class CasesApiTests_Postgres(PostgresFactory f) : CasesApiTests(f), IClassFixture<PostgresFactory>;
