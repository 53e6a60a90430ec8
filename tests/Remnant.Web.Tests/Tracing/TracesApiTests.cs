using System.Net;
using System.Net.Http.Json;
using Remnant.Web.Tests.Infrastructure;
using static Remnant.Web.Tests.Tracing.TracingSeed;

namespace Remnant.Web.Tests.Tracing;

public abstract class TracesApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Steps_SentAcknowledgedAnswered_DatesKept()
    {
        var maker = await Party(Client, "Maker", country: "DE");
        var trace = await Trace(Client, maker, await Item(Client));
        Assert.Equal("draft", (await (await Client.GetAsync($"/api/v1/traces/{trace}")).ReadJson()).Str("status"));
        await Expect(Step(Client, trace, "send", new { sentOn = Day(-60) }), HttpStatusCode.OK);
        await Expect(Step(Client, trace, "acknowledge", new { acknowledgedOn = Day(-50) }), HttpStatusCode.OK);
        var answered = await (await Step(Client, trace, "answer", new { answeredOn = Day(-20), summary = "Exported under licence" })).ReadJson();
        Assert.Equal(("answered", Day(-60), Day(-50), Day(-20)), (answered.Str("status"), answered.Str("sentOn"), answered.Str("acknowledgedOn"), answered.Str("answeredOn")));
        Assert.Equal(40, answered["daysToAnswer"]!.GetValue<int>());
        Assert.Null(answered["reminderDueOn"]);
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("draft", "answer", "{}", "status")]                                 // cannot be answered before it was sent
    [InlineData("sent", "answer", """{"answeredOn": "SENT-1"}""", "answeredOn")]   // answered date before sent date
    [InlineData("sent", "send", "{}", "status")]
    [InlineData("draft", "acknowledge", "{}", "status")]
    [InlineData("sent", "acknowledge", """{"acknowledgedOn": "FUTURE"}""", "acknowledgedOn")]
    [InlineData("sent", "remind", """{"remindedOn": "SENT-1"}""", "remindedOn")]
    [InlineData("draft", "no-response", "{}", "status")]
    [InlineData("sent", "answer", """{"answeredOn": "2024-13-01"}""", "answeredOn")]
    public async Task Step_Invalid_400NamesFieldStatusUnchanged(string from, string step, string body, string field)
    {
        var trace = await Trace(Client, await Party(Client, "Maker"), await Item(Client));
        if (from == "sent") await Expect(Step(Client, trace, "send", new { sentOn = Day(-30) }), HttpStatusCode.OK);
        var json = body.Replace("SENT-1", Day(-31)).Replace("FUTURE", Day(1));
        var response = await Client.PostAsync($"/api/v1/traces/{trace}/{step}", Json.Raw(json));
        Assert.Equal([field], await response.InvalidFields());
        Assert.Equal(from, (await (await Client.GetAsync($"/api/v1/traces/{trace}")).ReadJson()).Str("status"));
    }

    [Fact]
    public async Task Answer_NamesRecipientAndDate_CreatesTransferSourcedFromAnswer()
    {
        var p = await Parties(Client, "M", "R");
        var item = await Item(Client);
        var trace = await Trace(Client, p["M"], item);
        await Expect(Step(Client, trace, "send", new { sentOn = Day(-90) }), HttpStatusCode.OK);
        var answered = await (await Step(Client, trace, "answer", new
        {
            answeredOn = Day(-10), summary = "Sold to R in 2016",
            transfers = new[] { new { toPartyId = p["R"], startDate = "2016-04-12", licence = "EL-16-9" } },
        })).ReadJson();
        var transferId = answered["transferIds"]!.AsArray().Single()!.GetValue<string>();
        var transfer = await (await Client.GetAsync($"/api/v1/transfers/{transferId}")).ReadJson();
        Assert.Equal((p["M"], p["R"], "trace-answer", "confirmed", trace), (transfer["from"]!.Str("id"), transfer["to"]!.Str("id"),
            transfer.Str("source"), transfer.Str("confidence"), transfer.Str("traceRequestId")));
        Assert.Equal([item], transfer["itemIds"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(transferId, (await Chain(Client, item))["links"]![0]!.Str("transferId"));
    }

    [Fact]
    public async Task Answer_UpdatesNamedTransfer()
    {
        var p = await Parties(Client, "M", "R");
        var item = await Item(Client);
        var existing = await PostTransfer(Client, Transfer(p["M"], p["R"], "2016-01-01", [item], end: "2016-12-31", confidence: "possible"));
        var trace = await Trace(Client, p["M"], item);
        await Expect(Step(Client, trace, "send", new { sentOn = Day(-90) }), HttpStatusCode.OK);
        await Expect(Step(Client, trace, "answer", new { transfers = new[] { new { transferId = existing, toPartyId = p["R"], startDate = "2016-04-12" } } }), HttpStatusCode.OK);
        var updated = await (await Client.GetAsync($"/api/v1/transfers/{existing}")).ReadJson();
        Assert.Equal(("2016-04-12", "confirmed", trace), (updated.Str("startDate"), updated.Str("confidence"), updated.Str("traceRequestId")));
        Assert.Null(updated["endDate"]);
        Assert.Single((await Chain(Client, item))["links"]!.AsArray());
    }

    [Fact]
    public async Task Answer_TransferWouldLoop_400NothingSaved()
    {
        var p = await Parties(Client, "M", "R");
        var item = await Item(Client);
        await PostTransfer(Client, Transfer(p["R"], p["M"], "2010-01-01", [item]));
        var trace = await Trace(Client, p["M"], item);
        await Expect(Step(Client, trace, "send", new { sentOn = Day(-90) }), HttpStatusCode.OK);
        var before = await TransferCount(Client);
        var response = await Step(Client, trace, "answer", new
        {
            evidenceFileIds = new[] { "no-such-file" },
            transfers = new object[] { new { toPartyId = p["R"], startDate = "2016-04-12" }, new { toPartyId = p["R"], startDate = "2016-04-12", endDate = "2016-01-01" } },
        });
        Assert.Equal(["evidenceFileIds[0]", "transfers[0].toPartyId", "transfers[1].endDate"], await response.InvalidFields());
        Assert.Equal(before, await TransferCount(Client));
        Assert.Equal("sent", (await (await Client.GetAsync($"/api/v1/traces/{trace}")).ReadJson()).Str("status"));
    }

    [Fact]
    public async Task List_OpenAndOverdue_ReminderRestartsCount()
    {
        var recipient = await Party(Client, "Ministry", "state", "RU");
        var item = await Item(Client);
        var old = await Trace(Client, recipient, item);
        var recent = await Trace(Client, recipient, item);
        await Trace(Client, recipient, item);                     // a draft: neither open nor overdue
        await Expect(Step(Client, old, "send", new { sentOn = Day(-45) }), HttpStatusCode.OK);
        await Expect(Step(Client, recent, "send", new { sentOn = Day(-5) }), HttpStatusCode.OK);

        var open = await (await Client.GetAsync($"/api/v1/traces?open=true&recipientPartyId={recipient}")).ReadJson();
        Assert.Equal([old, recent], open["items"]!.AsArray().Select(t => t!.Str("id")));
        var overdue = await (await Client.GetAsync($"/api/v1/traces?overdue=true&recipientPartyId={recipient}")).ReadJson();
        Assert.Equal([old], overdue["items"]!.AsArray().Select(t => t!.Str("id")));
        Assert.Equal(Day(-15), overdue["items"]![0]!.Str("reminderDueOn"));

        var reminded = await (await Step(Client, old, "remind", new { remindedOn = Day(-1), note = "Second letter" })).ReadJson();
        Assert.Equal(Day(29), reminded.Str("reminderDueOn"));
        Assert.Equal("Second letter", reminded["reminders"]![0]!.Str("note"));
        var after = await (await Client.GetAsync($"/api/v1/traces?overdue=true&recipientPartyId={recipient}")).ReadJson();
        Assert.Equal(0, after["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_UnknownRecipientAndItem_400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/traces", new { recipientPartyId = "party-nope", itemIds = new[] { "item-nope" } });
        Assert.Equal(["itemIds[0]", "recipientPartyId"], await response.InvalidFields());
        var empty = await Client.PostAsJsonAsync("/api/v1/traces", new { });
        Assert.Equal(["itemIds", "recipientPartyId"], await empty.InvalidFields());
    }

    [Fact]
    public async Task Update_AfterSent_RecipientFixed()
    {
        var p = await Parties(Client, "M", "N");
        var item = await Item(Client);
        var trace = await Trace(Client, p["M"], item);
        await Expect(Step(Client, trace, "send"), HttpStatusCode.OK);
        var response = await Client.PutAsJsonAsync($"/api/v1/traces/{trace}", new { recipientPartyId = p["N"], itemIds = new[] { item } });
        Assert.Equal(["recipientPartyId"], await response.InvalidFields());
        var notes = await Client.PutAsJsonAsync($"/api/v1/traces/{trace}", new { recipientPartyId = p["M"], itemIds = new[] { item }, notes = "Chased by phone" });
        Assert.Equal(HttpStatusCode.OK, notes.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/traces/no-such-trace", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/traces?status=lost", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/traces?recipientPartyId=%27%20OR%201%3D1", HttpStatusCode.BadRequest)]
    public async Task Get_UnknownOrMalformed_NeverServerError(string url, HttpStatusCode expected) =>
        Assert.Equal(expected, (await Client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Step_UnknownTrace_404()
    {
        var response = await Step(Client, "trace-nope", "send");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class TracesApiTests_Sqlite(SqliteFactory f) : TracesApiTests(f), IClassFixture<SqliteFactory>;

public sealed class TracesApiTests_Postgres(PostgresFactory f) : TracesApiTests(f), IClassFixture<PostgresFactory>;
