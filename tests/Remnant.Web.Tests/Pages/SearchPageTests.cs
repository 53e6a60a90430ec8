using System.Net;
using Remnant.Domain.Items;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Pages;

public abstract class SearchPageTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private readonly PageSeed _seed = new(factory);

    [Theory]
    [InlineData("ak-47 1234", "Serial number")]   // Latin typed for a Cyrillic reading, separators ignored
    [InlineData("lot  77/b", "Lot number")]
    [InlineData("화성", "Marking")]
    public async Task Search_FoldedQuery_FindsItem(string query, string matched)
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var c = await _seed.CaseAsync("Search");
        var r = await _seed.RecoveryAsync(c.Id);
        var item = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.SmallArm, Model: "Rifle " + unique,
            SerialNumber: "АК-47-1234", LotNumber: "LOT-77B"));
        await _seed.MarkingAsync(item.Id, "화성-11");

        var page = await Html.GetAsync(Client, $"/search?q={Uri.EscapeDataString(query)}");

        var row = page.QuerySelectorAll("tbody tr").First(tr => tr.TextContent.Contains(unique, StringComparison.Ordinal) && tr.Children[2].TextContent == matched);
        Assert.StartsWith($"/items/{item.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "Type a serial number")]
    [InlineData("   ", "Type a serial number")]
    [InlineData("- / -", "Nothing to search for")]
    public async Task Search_NothingToMatch_FriendlyMessage(string query, string message)
    {
        var page = await Html.GetAsync(Client, $"/search?q={Uri.EscapeDataString(query)}");
        Assert.Contains(message, Html.TextOf(page, "main [role=status]"));
    }

    [Fact]
    public async Task Search_Over256Characters_FriendlyMessageNotError()
    {
        var response = await Client.GetAsync($"/search?q={new string('x', 257)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("too long", Html.TextOf(page, "main [role=status]"));
        Assert.Empty(page.QuerySelectorAll("main table"));
    }

    [Fact]
    public async Task Search_ArabicUi_MessageInArabic()
    {
        var page = await Html.GetAsync(Client, "/search?q=&culture=ar");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.DoesNotContain("Type a serial number", Html.TextOf(page, "main [role=status]"));
    }
}

public sealed class SearchPageTests_Sqlite(SqliteFactory f) : SearchPageTests(f), IClassFixture<SqliteFactory>;

public sealed class SearchPageTests_Postgres(PostgresFactory f) : SearchPageTests(f), IClassFixture<PostgresFactory>;
