using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Storage;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class RecoveriesApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Create_WithoutCase_GoesToUnassigned()
    {
        var recovery = await Seed.Recovery(Client);
        Assert.Equal("unassigned", recovery.Str("caseId"));
        Assert.Equal("UA", recovery.Str("country"));
        Assert.Equal("2024-08-18", recovery.Str("recoveredOn"));
        Assert.Equal("field-documentation", recovery.Str("sourceType"));
        var unassigned = await (await Client.GetAsync("/api/v1/cases/unassigned")).ReadJson();
        Assert.Equal("Unassigned", unassigned.Str("title"));
    }

    [Fact]
    public async Task Create_EveryFieldWrong_AllReportedNothingSaved()
    {
        var before = await CountAsync();
        var response = await Client.PostAsJsonAsync("/api/v1/recoveries", new
        {
            caseId = "no-such-case", latitude = 91.0, longitude = 200.0, country = "XX",
            recoveredOn = "2026-11-30", documentedOn = "2026-12-01",
        });
        Assert.Equal(["caseId", "country", "documentedOn", "latitude", "longitude", "recoveredOn"], await response.InvalidFields());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_DocumentedBeforeRecovered_400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/recoveries", new { recoveredOn = "2024-08-18", documentedOn = "2024-08-17" });
        Assert.Equal(["documentedOn"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_TodayByInjectedClock_Accepted()
    {
        var recovery = await Client.PostOk("/api/v1/recoveries", new { recoveredOn = "2026-11-29", documentedOn = "2026-11-29" });
        Assert.Equal("2026-11-29", recovery.Str("documentedOn"));
    }

    [Fact]
    public async Task Create_LatitudeWithoutLongitude_400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/recoveries", new { latitude = 50.1 });
        Assert.Equal(["longitude"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_LatitudeNotANumber_400NamesField()
    {
        var response = await Client.PostAsync("/api/v1/recoveries", Json.Raw("""{"latitude": "north", "longitude": 30}"""));
        Assert.Equal(["latitude"], await response.InvalidFields());
    }

    [Fact]
    public async Task Create_BrokenJson_400NotServerError()
    {
        var response = await Client.PostAsync("/api/v1/recoveries", Json.Raw("""{"latitude": 50.1,"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Update_Valid_ChangesAndRecordsHistory()
    {
        var id = (await Seed.Recovery(Client)).Str("id");
        var response = await Client.PutAsJsonAsync($"/api/v1/recoveries/{id}", new { country = "UA", placeName = "Kyiv Oblast", recoveredOn = "2024-08-18" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await (await Client.GetAsync($"/api/v1/history?entityType=Recovery&entityId={id}")).ReadJson();
        var actions = history["items"]!.AsArray().Select(h => h!.Str("action")).ToArray();
        Assert.Equal(["created", "updated"], actions);
        var updated = history["items"]![1]!;
        Assert.Contains("North of Kyiv", updated.Str("before"));
        Assert.Contains("Kyiv Oblast", updated.Str("after"));
        Assert.Equal("tester", updated.Str("actor"));
    }

    [Fact]
    public async Task List_ByCaseAndCountry_Filters()
    {
        var caseId = await Seed.Case(Client, "Filter case");
        await Seed.Recovery(Client, caseId);
        await Client.PostOk("/api/v1/recoveries", new { caseId, country = "SY" });
        var page = await (await Client.GetAsync($"/api/v1/recoveries?caseId={caseId}&country=ua")).ReadJson();
        Assert.Equal(1, page["total"]!.GetValue<int>());
    }

    private async Task<int> CountAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RemnantDbContext>().Recoveries.CountAsync();
    }
}

public sealed class RecoveriesApiTests_Sqlite(SqliteFactory f) : RecoveriesApiTests(f), IClassFixture<SqliteFactory>;

public sealed class RecoveriesApiTests_Postgres(PostgresFactory f) : RecoveriesApiTests(f), IClassFixture<PostgresFactory>;
