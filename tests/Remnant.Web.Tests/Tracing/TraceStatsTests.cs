using System.Net;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;
using static Remnant.Web.Tests.Tracing.TracingSeed;

namespace Remnant.Web.Tests.Tracing;

public abstract class TraceStatsTests(RemnantFactory factory) : ApiTestBase(factory)
{
    // Iceland is used by no other suite, so its row holds only what this test made.
    private async Task SeedAsync(string maker, string ministry)
    {
        var item = await Item(Client);
        async Task<string> Sent(string party, int sentDaysAgo)
        {
            var id = await Trace(Client, party, item);
            Assert.Equal(HttpStatusCode.OK, (await Step(Client, id, "send", new { sentOn = Day(-sentDaysAgo) })).StatusCode);
            return id;
        }
        Assert.Equal(HttpStatusCode.OK, (await Step(Client, await Sent(maker, 60), "answer", new { answeredOn = Day(-20) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(Client, await Sent(maker, 30), "answer", new { answeredOn = Day(-20) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(Client, await Sent(maker, 30), "refuse", new { reason = "Commercial confidentiality" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(Client, await Sent(maker, 200), "no-response", new { noResponseOn = Day(-10) })).StatusCode);
        await Trace(Client, maker, item);   // a draft: not a request yet
        await Sent(ministry, 5);
    }

    private static (int, int) Ratio(JsonNode row, string name) => (row[name]!["count"]!.GetValue<int>(), row[name]!["of"]!.GetValue<int>());

    [Fact]
    public async Task Stats_PerPartyAndCountry_EveryFigureWithDenominator()
    {
        var maker = await Party(Client, "Stats maker", country: "IS");
        var ministry = await Party(Client, "Stats ministry", "state", "IS");
        await SeedAsync(maker, ministry);

        var stats = await (await Client.GetAsync("/api/v1/traces/stats")).ReadJson();
        var party = stats["byParty"]!.AsArray().Single(r => r!["party"]!.Str("id") == maker)!;
        Assert.Equal(4, party["requests"]!.GetValue<int>());
        Assert.Equal((2, 4), Ratio(party, "answered"));
        Assert.Equal((1, 4), Ratio(party, "refused"));
        Assert.Equal((1, 4), Ratio(party, "noResponse"));
        Assert.Equal((3, 4), Ratio(party, "responded"));
        Assert.Equal(0.75, party["responded"]!["rate"]!.GetValue<double>());
        Assert.Equal(25.0, party["medianDaysToAnswer"]!.GetValue<double>());
        Assert.Equal(2, party["medianOf"]!.GetValue<int>());

        var country = stats["byCountry"]!.AsArray().Single(r => r!["country"]?.GetValue<string>() == "IS")!;
        Assert.Equal(5, country["requests"]!.GetValue<int>());
        Assert.Equal((2, 5), Ratio(country, "answered"));
        Assert.Equal((1, 5), Ratio(country, "open"));

        var html = await Client.GetStringAsync("/traces/stats");
        Assert.Contains("2 of 4 requests answered", html, StringComparison.Ordinal);
        Assert.Contains("3 of 4 requests answered or refused", html, StringComparison.Ordinal);
        Assert.Contains("median of 2 answers", html, StringComparison.Ordinal);
    }
}

public sealed class TraceStatsTests_Sqlite(SqliteFactory f) : TraceStatsTests(f), IClassFixture<SqliteFactory>;

public sealed class TraceStatsTests_Postgres(PostgresFactory f) : TraceStatsTests(f), IClassFixture<PostgresFactory>;
