using System.Net;
using System.Text.Json;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests;

public abstract class HealthTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Health_AfterStart_Ready()
    {
        var response = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Production_Served()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Docs_Production_ServedOffline()
    {
        var response = await Client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Remnant API", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dashboard_Root_RendersWithoutRedirect()
    {
        var response = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Dashboard</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dashboard_ArabicQuery_RightToLeft()
    {
        var html = await Client.GetStringAsync("/?culture=ar");
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("لوحة المعلومات", html);
    }

    [Fact]
    public async Task Dashboard_ArabicAcceptLanguage_RightToLeft()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("ar-SA,ar;q=0.9");
        var html = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", html);
    }
}

public sealed class HealthTests_Sqlite(SqliteFactory f) : HealthTests(f), IClassFixture<SqliteFactory>;

public sealed class HealthTests_Postgres(PostgresFactory f) : HealthTests(f), IClassFixture<PostgresFactory>;
