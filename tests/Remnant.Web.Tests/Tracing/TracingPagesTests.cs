using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Remnant.Web.Features.Transfers;
using Remnant.Web.Tests.Infrastructure;
using static Remnant.Web.Tests.Tracing.TracingSeed;

namespace Remnant.Web.Tests.Tracing;

public abstract partial class TracingPagesTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private async Task<(Dictionary<string, string> Parties, string Item)> DivertedChainAsync()
    {
        var p = await Parties(Client, "M", "E", "S");
        p["G"] = (await Client.PostOk("/api/v1/parties", new { kind = "person", name = "Gunrunner Private Person" })).Str("id");
        var item = await Item(Client, "AK-0150");
        await PostTransfer(Client, Transfer(p["M"], p["E"], "2015-01-01", [item]));
        await PostTransfer(Client, Transfer(p["E"], p["S"], "2016-01-01", [item]));
        await PostTransfer(Client, Transfer(p["S"], p["G"], "2018-01-01", [item]));
        await Client.PutAsync($"/api/v1/items/{item}/diversion", System.Net.Http.Json.JsonContent.Create(new
        {
            lastLegalHolderId = p["S"], firstIllicitHolderId = p["G"], divertedOn = "2017-12-01", place = "Port of Aden",
        }));
        return (p, item);
    }

    [Fact]
    public async Task ItemPage_TransferOutOfTheDprk_CitesTheEmbargoOnThatStep()
    {
        var maker = await Party(Client, "Maker in Pyongyang", country: "KP");
        var buyer = await Party(Client, "Buyer in Russia", country: "RU");
        var dealer = await Party(Client, "Dealer in France", country: "FR");
        var item = await Item(Client, "AK-0151");
        await PostTransfer(Client, Transfer(maker, buyer, "2023-09-01", [item]));
        await PostTransfer(Client, Transfer(dealer, buyer, "2023-10-01", [item]));
        var html = await Client.GetStringAsync($"/items/{item}");
        var steps = Regex.Matches(html, "<li value=\"\\d+\"[^>]*>(.*?)</li>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(steps.Count == 2, string.Join("\n----\n", steps));
        Assert.True(steps[0].Contains("resolution 1874 (2009) para 9", StringComparison.Ordinal), steps[0]);  // all arms since 2009
        Assert.Contains("embargo-note", steps[0], StringComparison.Ordinal);
        Assert.DoesNotContain("embargo-note", steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPage_Arabic_EmbargoSentenceInArabicWithItsCitation()
    {
        var maker = await Party(Client, "Maker in Pyongyang", country: "KP");
        var buyer = await Party(Client, "Buyer in Russia", country: "RU");
        var item = await Item(Client, "AK-0152");
        await PostTransfer(Client, Transfer(maker, buyer, "2023-09-01", [item]));
        var html = await Client.GetStringAsync($"/items/{item}?culture=ar");
        var note = Regex.Match(html, "<p class=\"embargo-note\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.True(note.Contains("التصدير من", StringComparison.Ordinal), note);
        Assert.Contains("القرار 1874 (2009) الفقرة 9", note, StringComparison.Ordinal);
        Assert.Contains("لا يُثبت أن نقلًا قد حدث", note, StringComparison.Ordinal);   // worded without presuming a breach
        Assert.Contains("كوريا", note, StringComparison.Ordinal);                       // the country named in Arabic
        Assert.DoesNotContain("prohibited", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiversionPage_ChainDrawnAsSvgWithDiversionHighlighted()
    {
        var (_, item) = await DivertedChainAsync();
        var html = await Client.GetStringAsync($"/items/{item}/diversion");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(html, "class=\"chain-box (holder|lastlegal|afterdiversion)\"").Count);
        Assert.Single(Regex.Matches(html, "class=\"chain-arrow diversion\""));
        Assert.Contains("class=\"chain-box recovery\"", html, StringComparison.Ordinal);
        // Dates are kept left-to-right inside the drawing (U+2066 … U+2069), for Arabic pages.
        Assert.Contains("Point of diversion · \u20662017-12-01\u2069", html, StringComparison.Ordinal);
        Assert.Contains("\u20662015-01-01\u2069 · Confirmed", html, StringComparison.Ordinal);
        foreach (Match legal in Regex.Matches(html, "<li value=\"\\d+\" class=\"phase-legal\">(.*?)</li>", RegexOptions.Singleline))
            Assert.DoesNotContain("illicit", legal.Groups[1].Value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nothing in this chain implies wrongdoing", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiversionPage_Arabic_RightToLeftTranslated()
    {
        var (_, item) = await DivertedChainAsync();
        var html = await Client.GetStringAsync($"/items/{item}/diversion?culture=ar");
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("direction=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("نقطة التحويل · \u20662017-12-01\u2069", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Party M", html, StringComparison.Ordinal);
        Assert.Contains(" ← <bdi>", html, StringComparison.Ordinal);   // the arrow follows the reading direction
        Assert.Contains("سلسلة الإمداد", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainPanel_PublicView_PrivateIndividualNotNamed()
    {
        var (_, item) = await DivertedChainAsync();
        var analyst = await RenderPanelAsync(item, publicView: false);
        var published = await RenderPanelAsync(item, publicView: true);
        Assert.Contains("Gunrunner Private Person", analyst, StringComparison.Ordinal);
        Assert.DoesNotContain("Gunrunner", published, StringComparison.Ordinal);
        Assert.Contains("Private individual", published, StringComparison.Ordinal);
        Assert.DoesNotContain("/transfers/new", published, StringComparison.Ordinal);
    }

    private async Task<string> RenderPanelAsync(string itemId, bool publicView)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ItemChainPanel>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ItemChainPanel.ItemId)] = itemId, [nameof(ItemChainPanel.PublicView)] = publicView,
            }));
            return output.ToHtmlString();
        });
    }

    [Fact]
    public async Task PartyPages_ListNewAndViewWithTransfers()
    {
        var (p, _) = await DivertedChainAsync();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/parties/new")).StatusCode);
        var list = await Client.GetStringAsync("/parties?q=gunrunner");
        Assert.Contains("Gunrunner Private Person", list, StringComparison.Ordinal);
        Assert.Contains("Private individual", list, StringComparison.Ordinal);
        var view = await Client.GetStringAsync($"/parties/{p["E"]}");
        Assert.Equal(2, Regex.Matches(view, "href=\"/transfers/tr-").Count);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/parties/party-nope")).StatusCode);
    }

    [Fact]
    public async Task PartyForm_Post_CreatesPartyWithRolesOrShowsErrors()
    {
        var bad = await PostFormAsync("/parties/new", "party", new() { ["Input.Kind"] = "Company", ["Input.Name"] = "", ["Input.Country"] = "ZZ" });
        Assert.Contains("Nothing was saved", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"country-error\"", bad, StringComparison.Ordinal);
        var name = "Form party " + Guid.NewGuid().ToString("N")[..6];
        await PostFormAsync("/parties/new", "party", new() { ["Input.Kind"] = "Company", ["Input.Name"] = name, ["Input.Exporter"] = "true", ["Input.Private"] = "auto" });
        var found = await (await Client.GetAsync($"/api/v1/parties?q={Uri.EscapeDataString(name)}")).ReadJson();
        Assert.Equal(["exporter"], found["items"]![0]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task TracePage_AnswerForm_RecordsAnswerAndTransfer()
    {
        var p = await Parties(Client, "M", "R");
        var item = await Item(Client);
        var trace = await Trace(Client, p["M"], item);
        var early = await PostFormAsync($"/traces/{trace}", "send", new() { ["Input.On"] = Day(1) });
        Assert.Contains("id=\"send-sentOn-error\"", early, StringComparison.Ordinal);
        await PostFormAsync($"/traces/{trace}", "send", new() { ["Input.On"] = Day(-40) });
        await PostFormAsync($"/traces/{trace}", "answer", new()
        {
            ["Input.AnsweredOn"] = Day(-3), ["Input.Summary"] = "Sold to R", ["Input.ToPartyId"] = p["R"], ["Input.StartDate"] = "2016-04-12",
            ["Input.Confidence"] = "Confirmed",
        });
        var answered = await (await Client.GetAsync($"/api/v1/traces/{trace}")).ReadJson();
        Assert.Equal("answered", answered.Str("status"));
        Assert.Single(answered["transferIds"]!.AsArray());
        var page = await Client.GetStringAsync($"/traces/{trace}");
        Assert.Contains("Sold to R", page, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{Day(-40)}\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraceList_OverdueFlagged()
    {
        var recipient = await Party(Client, "Overdue ministry " + Guid.NewGuid().ToString("N")[..6], "state");
        var trace = await Trace(Client, recipient, await Item(Client));
        await Step(Client, trace, "send", new { sentOn = Day(-31) });
        var html = await Client.GetStringAsync("/traces?view=overdue");
        var row = Regex.Match(html, $"<tr class=\"overdue\">.*?/traces/{trace}.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "the overdue request is listed as overdue");
        Assert.Contains("A reminder falls due 30 days", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/traces/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/traces?view=all")).StatusCode);
    }

    /// <summary>Posts a static-rendered form the way a browser does: antiforgery token from the page, handler name.</summary>
    private async Task<string> PostFormAsync(string url, string handler, Dictionary<string, string> fields)
    {
        var page = await Client.GetStringAsync(url);
        var token = TokenPattern().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "antiforgery token on the page");
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        var response = await Client.PostAsync(url, new FormUrlEncodedContent(fields));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        return text;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class TracingPagesTests_Sqlite(SqliteFactory f) : TracingPagesTests(f), IClassFixture<SqliteFactory>;

public sealed class TracingPagesTests_Postgres(PostgresFactory f) : TracingPagesTests(f), IClassFixture<PostgresFactory>;
