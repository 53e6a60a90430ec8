using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Api;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Decoding;

public abstract class InterpretationsApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    // A KP missile recovered 2024-08-18 with a jet-vane actuator component.
    private async Task<(string Missile, string Actuator)> MissileAsync()
    {
        var recovery = (await Seed.Recovery(Client)).Str("id");
        var missile = (await Client.PostOk("/api/v1/items", new { recoveryId = recovery, category = "missile", model = "KN-23", countryOfManufacture = "KP" })).Str("id");
        var actuator = (await Client.PostOk("/api/v1/items", new { recoveryId = recovery, category = "component", parentItemId = missile, model = "Jet-vane actuator" })).Str("id");
        return (missile, actuator);
    }

    private async Task<JsonArray> LinesAsync(string markingId, bool superseded = false) =>
        (await (await Client.GetAsync($"/api/v1/markings/{markingId}/interpretations{(superseded ? "?includeSuperseded=true" : "")}")).ReadJson()).AsArray();

    [Fact]
    public async Task SaveMarking_DecodedWithParentCountry_RawTextKept()
    {
        var (_, actuator) = await MissileAsync();
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "113" });

        var lines = await LinesAsync(marking.Str("id"));
        var first = lines[0]!;
        Assert.Equal(("interpretation", "juche", "2024-01-01", "2024-12-31", "high"),
            (first.Str("outcome"), first.Str("system"), first.Str("from"), first.Str("to"), first.Str("confidence")));
        Assert.Contains("country of manufacture KP", first.Str("context"));
        Assert.Equal("113", (await (await Client.GetAsync($"/api/v1/markings/{marking.Str("id")}")).ReadJson()).Str("text"));
    }

    [Fact]
    public async Task Accept_KeepsWhoAndWhen_DatesItemAndLag()
    {
        var (missile, actuator) = await MissileAsync();
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "113" });
        var juche = (await LinesAsync(marking.Str("id"))).First(l => l!.Str("system") == "juche")!;

        var accepted = await Client.PostOk($"/api/v1/interpretations/{juche.Str("id")}/accept", new { note = "DPRK item" }, HttpStatusCode.OK);

        Assert.Equal(("accepted", "tester", "DPRK item"), (accepted.Str("decision"), accepted.Str("decidedBy"), accepted.Str("decisionNote")));
        Assert.Equal(Factory.Clock.Now, accepted["decidedAt"]!.GetValue<DateTimeOffset>());
        var item = (await (await Client.GetAsync($"/api/v1/items/{actuator}")).ReadJson())["dating"]!;
        Assert.Equal(("2024-01-01", "2024-12-31", false), (item["productionWindow"]!.Str("from"), item["productionWindow"]!.Str("to"), item["provisional"]!.GetValue<bool>()));
        Assert.Equal(("at most 230 days", 230), (item["lag"]!.Str("wording"), item["lag"]!["maxDays"]!.GetValue<int>()));
        var assembly = (await (await Client.GetAsync($"/api/v1/items/{missile}")).ReadJson())["dating"]!;
        Assert.Equal("2024-01-01", assembly["assemblyNotBefore"]!.Str("notBefore"));
        Assert.Equal("at most 230 days", assembly["lag"]!.Str("wording"));
    }

    [Fact]
    public async Task Reject_TopReading_NoProvisionalDating()
    {
        var (_, actuator) = await MissileAsync();
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "113" });
        var top = (await LinesAsync(marking.Str("id")))[0]!;

        var rejected = await Client.PostOk($"/api/v1/interpretations/{top.Str("id")}/reject", new { }, HttpStatusCode.OK);

        Assert.Equal("rejected", rejected.Str("decision"));
        Assert.Null((await (await Client.GetAsync($"/api/v1/items/{actuator}")).ReadJson())["dating"]!["productionWindow"]);
    }

    [Fact]
    public async Task Accept_RejectedHypothesis_400()
    {
        var (_, actuator) = await MissileAsync();
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "0" });
        var rejectedLine = (await LinesAsync(marking.Str("id"))).First(l => l!.Str("outcome") == "rejected")!;

        var response = await Client.PostAsJsonAsync($"/api/v1/interpretations/{rejectedLine.Str("id")}/accept", new { });

        Assert.Equal(["id"], await response.InvalidFields());
    }

    [Fact]
    public async Task Accept_UnknownId_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync("/api/v1/interpretations/interp-nope/accept", new { })).StatusCode);

    [Fact]
    public async Task EditMarking_Undecided_DecodedAgainOldLinesKept()
    {
        var (_, actuator) = await MissileAsync();
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "113" });
        var before = await LinesAsync(marking.Str("id"));

        var edit = await Client.PutAsJsonAsync($"/api/v1/markings/{marking.Str("id")}", new { text = "113", location = "actuator housing" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var current = await LinesAsync(marking.Str("id"));
        var all = await LinesAsync(marking.Str("id"), superseded: true);
        Assert.Equal(before.Count, current.Count);
        Assert.Equal(before.Count * 2, all.Count);
        Assert.DoesNotContain(current, l => before.Any(b => b!.Str("id") == l!.Str("id")));
    }

    [Fact]
    public async Task EditMarking_Decided_DecisionStaysCurrent()
    {
        var (_, actuator) = await MissileAsync();
        var marking = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "113" });
        var top = (await LinesAsync(marking.Str("id")))[0]!;
        await Client.PostOk($"/api/v1/interpretations/{top.Str("id")}/accept", new { }, HttpStatusCode.OK);

        await Client.PutAsJsonAsync($"/api/v1/markings/{marking.Str("id")}", new { text = "113", location = "housing" });

        Assert.Contains(await LinesAsync(marking.Str("id")), l => l!.Str("id") == top.Str("id") && l!.Str("decision") == "accepted");
    }

    [Fact]
    public async Task CorrectedText_NewMarkingDecoded_OldMarkingUnchanged()
    {
        var (_, actuator) = await MissileAsync();
        var original = await Client.PostOk("/api/v1/markings", new { itemId = actuator, text = "311" });
        var correction = await (await Client.PutAsJsonAsync($"/api/v1/markings/{original.Str("id")}", new { text = "113" })).ReadJson();

        Assert.Equal("juche", (await LinesAsync(correction.Str("id")))[0]!.Str("system"));
        Assert.NotEmpty(await LinesAsync(original.Str("id")));
        Assert.Equal("311", (await (await Client.GetAsync($"/api/v1/markings/{original.Str("id")}")).ReadJson()).Str("text"));
        var dating = (await (await Client.GetAsync($"/api/v1/items/{actuator}")).ReadJson())["dating"]!;
        Assert.Single(dating["markings"]!.AsArray());
    }
}

public sealed class InterpretationsApiTests_Sqlite(SqliteFactory f) : InterpretationsApiTests(f), IClassFixture<SqliteFactory>;

public sealed class InterpretationsApiTests_Postgres(PostgresFactory f) : InterpretationsApiTests(f), IClassFixture<PostgresFactory>;
