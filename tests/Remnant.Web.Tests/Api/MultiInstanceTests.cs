using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

/// <summary>Two web instances on one PostgreSQL: each learns of the other's writes through the database.</summary>
public sealed class MultiInstanceTests : IDisposable
{
    private readonly string _database = $"remnant_test_{Guid.NewGuid():N}";

    [Fact]
    public async Task Write_OnOneInstance_SearchAndLinksOnTheOther()
    {
        using var first = new SharedPostgresFactory(_database);
        using var second = new SharedPostgresFactory(_database);
        var a = first.CreateClient();
        var b = second.CreateClient();
        await WaitFor(async () => (await b.GetAsync("/health")).StatusCode == HttpStatusCode.OK);

        var recovery = (await Seed.Recovery(a)).Str("id");
        var item = (await Seed.Item(a, recovery, serialNumber: "MI-770431", lotNumber: "77-04")).Str("id");
        await WaitFor(async () =>
        {
            var found = await (await b.GetAsync("/api/v1/search?q=770431&mode=partial")).ReadJson();
            return found["results"]!.AsArray().Any(r => r!["item"]!.Str("id") == item);
        });

        var other = (await Seed.Recovery(b)).Str("id");
        var twin = (await Seed.Item(b, other, serialNumber: "MI-770432", lotNumber: "77-04")).Str("id");
        await WaitFor(async () =>
        {
            var found = await (await a.GetAsync("/api/v1/search?q=MI770432&mode=exact")).ReadJson();
            return found["results"]!.AsArray().Any(r => r!["item"]!.Str("id") == twin);
        });
        var related = (await (await a.GetAsync($"/api/v1/items/{item}/related")).ReadJson()).AsArray();
        Assert.Contains(related, r => r!["item"]!.Str("id") == twin && r.Str("kind") == "serial-sequence");
    }

    private static async Task WaitFor(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "condition not met within 30 s");
            await Task.Delay(100);
        }
    }

    public void Dispose() => TestPostgres.Drop(_database);

    private sealed class SharedPostgresFactory(string database) : RemnantFactory
    {
        public override string Provider => "Postgres";

        protected override string? ConnectionString => TestPostgres.ConnectionString(database);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:PollSeconds", "0.2");
        }
    }
}
