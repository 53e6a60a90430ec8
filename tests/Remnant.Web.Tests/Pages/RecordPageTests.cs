using System.Net;
using Remnant.Domain.History;
using Remnant.Domain.Items;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Pages;

/// <summary>The case, recovery and item pages, read by GET after writing records directly.</summary>
public abstract class RecordPageTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private readonly PageSeed _seed = new(factory);

    [Fact]
    public async Task CaseList_CaseWithRecoveriesAndItems_ShowsCounts()
    {
        var c = await _seed.CaseAsync("Counting case " + Guid.NewGuid().ToString("N")[..6]);
        var first = await _seed.RecoveryAsync(c.Id);
        var second = await _seed.RecoveryAsync(c.Id);
        await _seed.ItemAsync(first.Id, new ItemFields(ItemCategory.Missile));
        await _seed.ItemAsync(first.Id, new ItemFields(ItemCategory.Component));
        await _seed.ItemAsync(second.Id, new ItemFields(ItemCategory.Ammunition, Quantity: 40));

        var page = await Html.GetAsync(Client, "/cases");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(c.Title, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["2", "3"], cells.Skip(1).Take(2));
        Assert.Equal($"/cases/{c.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ItemPage_ComponentsFourDeep_BreadcrumbAndTreeToEveryLevel()
    {
        var c = await _seed.CaseAsync("Nesting");
        var r = await _seed.RecoveryAsync(c.Id);
        var missile = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Missile, Model: "Missile M"));
        var section = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Component, missile.Id, Model: "Guidance G"));
        var board = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Component, section.Id, Model: "Board B"));
        var chip = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Component, board.Id, Model: "Chip C"));

        var top = await Html.GetAsync(Client, $"/items/{missile.Id}");
        var tree = top.QuerySelector("#components ul.tree")!;
        Assert.Equal(["Guidance G", "Board B", "Chip C"], tree.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
        // Each level nests inside the one above: the chip's link sits in the third list down.
        var chipLink = tree.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Chip C");
        var lists = 0;
        for (var e = chipLink.ParentElement; e is not null; e = e.ParentElement) if (e.LocalName == "ul") lists++;
        Assert.Equal(3, lists);

        var leaf = await Html.GetAsync(Client, $"/items/{chip.Id}");
        var crumbs = leaf.QuerySelectorAll("nav.crumbs a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Missile M", "Guidance G", "Board B"], crumbs.TakeLast(3));
        Assert.Equal("Chip C", leaf.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("화성-11")]
    [InlineData("Изделие 9М723")]
    [InlineData("صنع في ١٤٠٢")]
    public async Task ItemPage_MarkingInItsOwnScript_ShownIsolatedExactly(string text)
    {
        var item = await NewItemAsync();
        await _seed.MarkingAsync(item.Id, text);

        var page = await Html.GetAsync(Client, $"/items/{item.Id}");

        var reading = page.QuerySelector("#markings .reading bdi.marking")!;
        Assert.Equal(text, reading.TextContent);
        Assert.Equal("auto", reading.GetAttribute("dir"));
    }

    [Fact]
    public async Task ItemPage_UserTextWithMarkup_EncodedNeverMarkup()
    {
        const string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var item = await NewItemAsync(new ItemFields(ItemCategory.Document, Model: hostile, Description: hostile));
        await _seed.MarkingAsync(item.Id, hostile);

        var response = await Client.GetAsync($"/items/{item.Id}");
        var page = await Html.ParseAsync(response);

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main img[onerror]"));
        Assert.Equal(hostile, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(hostile, page.QuerySelector("#markings .reading bdi.marking")!.TextContent);
    }

    [Fact]
    public async Task ItemPage_RetractedAndCorrectedMarkings_AllShownWithReason()
    {
        var item = await NewItemAsync();
        var wrong = await _seed.MarkingAsync(item.Id, "I13");
        var right = await _seed.MarkingAsync(item.Id, "113", supersedes: wrong.Id);
        var withdrawn = await _seed.MarkingAsync(item.Id, "XYZ");
        await _seed.SaveAsync(db =>
        {
            var m = db.Markings.Single(x => x.Id == withdrawn.Id);
            return m.Retract("Read off the wrong item.", "tester", Factory.Clock.Now);
        });

        var page = await Html.GetAsync(Client, $"/items/{item.Id}");

        var old = page.QuerySelector($"#rec-{wrong.Id}")!;
        Assert.Contains("is-superseded", old.ClassList);
        Assert.Contains("113", old.QuerySelector(".note")!.TextContent);
        Assert.Contains("I13", page.QuerySelector($"#rec-{right.Id} .note")!.TextContent);
        var retracted = page.QuerySelector($"#rec-{withdrawn.Id}")!;
        Assert.Contains("is-retracted", retracted.ClassList);
        Assert.Contains("Read off the wrong item.", retracted.QuerySelector(".retraction")!.TextContent);
        Assert.Equal("XYZ", retracted.QuerySelector("bdi.marking")!.TextContent);
    }

    [Fact]
    public async Task ItemPage_EditedItem_HistoryShowsBeforeAndAfter()
    {
        var item = await NewItemAsync(new ItemFields(ItemCategory.Component, Model: "Old model"));
        await _seed.SaveAsync(db =>
        {
            var tracked = db.Items.Single(i => i.Id == item.Id);
            return Item.Apply(tracked, tracked.ToFields() with { Model = "New model" }, []);
        });

        var page = await Html.GetAsync(Client, $"/items/{item.Id}");

        var rows = page.QuerySelectorAll(".history > table > tbody > tr").ToList();
        Assert.Equal(["Item · Creation", "Item · Update"], rows.Select(r => r.Children[2].TextContent.Trim()));
        var change = rows[1].QuerySelectorAll("table.changes tbody tr").Single();
        Assert.Equal(["model", "Old model", "New model"], change.Children.Select(td => td.TextContent.Trim()));
        Assert.Equal("tester", rows[1].Children[1].TextContent.Trim());
    }

    [Theory]
    [InlineData("/items/item-missing", "en")]
    [InlineData("/items/item-missing/edit", "en")]
    [InlineData("/recoveries/rec-missing", "en")]
    [InlineData("/recoveries/rec-missing/edit", "en")]
    [InlineData("/recoveries/rec-missing/items/new", "en")]
    [InlineData("/cases/case-missing", "ar")]
    [InlineData("/cases/case-missing/edit", "ar")]
    [InlineData("/cases/case-missing/recoveries/new", "ar")]
    [InlineData("/markings/mark-missing/correct", "ar")]
    [InlineData("/items/bad%20id%3Cx%3E", "ar")]
    public async Task UnknownId_AnyPage_LocalizedNotFoundWith404(string path, string culture)
    {
        var response = await Client.GetAsync($"{path}?culture={culture}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(culture == "ar" ? "غير موجود" : "Not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    private async Task<Item> NewItemAsync(ItemFields? fields = null)
    {
        var c = await _seed.CaseAsync("Case");
        var r = await _seed.RecoveryAsync(c.Id);
        return await _seed.ItemAsync(r.Id, fields ?? new ItemFields(ItemCategory.Component, Model: "Actuator"));
    }
}

public sealed class RecordPageTests_Sqlite(SqliteFactory f) : RecordPageTests(f), IClassFixture<SqliteFactory>;

public sealed class RecordPageTests_Postgres(PostgresFactory f) : RecordPageTests(f), IClassFixture<PostgresFactory>;
