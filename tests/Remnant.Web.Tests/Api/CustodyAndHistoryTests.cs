using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Storage;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class CustodyAndHistoryTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Custody_HandOver_RecordedAndListed()
    {
        var item = (await Seed.Item(Client, (await Seed.Recovery(Client)).Str("id"))).Str("id");
        await Client.PostOk("/api/v1/custody", new
        {
            itemId = item, fromHolder = "Site team", toHolder = "Evidence store, Kyiv", occurredAt = "2024-08-19T09:00:00+03:00",
            place = "Kyiv", purpose = "Storage pending examination",
        });
        var list = await (await Client.GetAsync($"/api/v1/custody?itemId={item}")).ReadJson();
        var entry = list["items"]![0]!;
        Assert.Equal(new DateTimeOffset(2024, 8, 19, 6, 0, 0, TimeSpan.Zero), entry["occurredAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Custody_FutureOrMissingFields_400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/custody", new { occurredAt = "2027-01-01T00:00:00Z" });
        Assert.Equal(["itemId", "occurredAt", "toHolder"], await response.InvalidFields());
    }

    [Fact]
    public async Task History_DeleteOrUpdateInDatabase_Refused()
    {
        await Seed.Case(Client, "History guard");
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        Assert.True(await db.History.AnyAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "History" SET "Actor" = 'forger'"""));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "History" """));
        Assert.DoesNotContain(await db.History.Select(h => h.Actor).ToListAsync(), a => a == "forger");
    }

    [Fact]
    public async Task Records_RemoveThroughContext_Refused()
    {
        var caseId = await Seed.Case(Client, "Never deleted");
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == caseId));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
    }
}

public sealed class CustodyAndHistoryTests_Sqlite(SqliteFactory f) : CustodyAndHistoryTests(f), IClassFixture<SqliteFactory>;

public sealed class CustodyAndHistoryTests_Postgres(PostgresFactory f) : CustodyAndHistoryTests(f), IClassFixture<PostgresFactory>;
