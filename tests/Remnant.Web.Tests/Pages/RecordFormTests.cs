using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Items;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Pages;

/// <summary>The Blazor forms of the case, item, marking and custody pages, posted as a browser would.</summary>
public abstract class RecordFormTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private readonly PageSeed _seed = new(factory);
    private readonly HttpClient _browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task NewCase_TitleGiven_SavedAndShown()
    {
        var title = "Case " + Guid.NewGuid().ToString("N")[..6];
        var response = await PostAsync("/cases/new", "case", new() { ["Input.Title"] = title, ["Input.Description"] = "Two lines\nof notes" });

        await Html.AssertRedirectAsync(response);
        var page = await Html.GetAsync(Client, response.Headers.Location!.AbsolutePath);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task NewCase_NoTitle_RequiredAndNothingSaved()
    {
        var before = await _seed.ReadAsync(db => db.Cases.CountAsync());
        var response = await PostAsync("/cases/new", "case", new() { ["Input.Title"] = "  ", ["Input.Description"] = "orphan" });

        var page = await Html.ParseAsync(response);
        Assert.Equal("Required.", Html.TextOf(page, "#title-error"));
        Assert.Equal(before, await _seed.ReadAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task EditItem_ParentIsOwnComponent_RefusedWithMessage()
    {
        var (top, child) = await ParentAndChildAsync();
        var response = await PostAsync($"/items/{top.Id}/edit", "item", new()
        {
            ["Input.Category"] = "Missile", ["Input.ParentItemId"] = child.Id, ["Input.Quantity"] = "1",
        });

        var page = await Html.ParseAsync(response);
        Assert.Contains("component of itself", Html.TextOf(page, "#parentItemId-error"));
        Assert.Null(await _seed.ReadAsync(db => db.Items.Where(i => i.Id == top.Id).Select(i => i.ParentItemId).SingleAsync()));
    }

    [Fact]
    public async Task EditItem_NewSerial_SavedWithFoldKey()
    {
        var (top, _) = await ParentAndChildAsync();
        var response = await PostAsync($"/items/{top.Id}/edit", "item", new()
        {
            ["Input.Category"] = "Missile", ["Input.SerialNumber"] = "Ж-115 а", ["Input.Quantity"] = "1",
        });

        await Html.AssertRedirectAsync(response);
        var saved = await _seed.ReadAsync(db => db.Items.SingleAsync(i => i.Id == top.Id));
        Assert.Equal("Ж-115 а", saved.SerialNumber);
        Assert.Equal("Ж115A", saved.SerialKey);
    }

    [Fact]
    public async Task AddMarking_PhotoOfAnotherItem_RefusedAndNothingSaved()
    {
        var (top, child) = await ParentAndChildAsync();
        var file = await _seed.SaveAsync(db =>
        {
            var f = new Domain.Evidence.EvidenceFile { Id = PageSeed.Id("file"), Sha256 = new string('a', 64), MediaType = "image/jpeg", ItemId = child.Id, RecoveryId = child.RecoveryId };
            db.EvidenceFiles.Add(f);
            return f;
        });
        var response = await PostAsync($"/items/{top.Id}", "marking", new()
        {
            ["Input.Text"] = "113", ["Input.Method"] = "Stamped", ["Input.Legibility"] = "Clear", ["Input.EvidenceFileId"] = file.Id,
        });

        var page = await Html.ParseAsync(response);
        Assert.Contains("this item's photos", Html.TextOf(page, "#evidenceFileId-error"));
        Assert.False(await _seed.ReadAsync(db => db.Markings.AnyAsync(m => m.ItemId == top.Id)));
    }

    [Fact]
    public async Task AddMarking_TextWithSpacesAndScript_KeptExactly()
    {
        var (top, _) = await ParentAndChildAsync();
        var response = await PostAsync($"/items/{top.Id}", "marking", new()
        {
            ["Input.Text"] = "  화성-11 ", ["Input.Location"] = "Tail", ["Input.Method"] = "Stencilled", ["Input.Legibility"] = "Partial",
        });

        await Html.AssertRedirectAsync(response);
        var saved = await _seed.ReadAsync(db => db.Markings.SingleAsync(m => m.ItemId == top.Id));
        Assert.Equal("  화성-11 ", saved.Text);
        Assert.Equal("tester", saved.CreatedBy);
    }

    [Fact]
    public async Task CorrectMarking_NewReading_SupersedesOldWhichIsKept()
    {
        var (top, _) = await ParentAndChildAsync();
        var old = await _seed.MarkingAsync(top.Id, "I13");
        var response = await PostAsync($"/markings/{old.Id}/correct", "correct", new()
        {
            ["Input.Text"] = "113", ["Input.Method"] = "Stamped", ["Input.Legibility"] = "Clear",
        });

        await Html.AssertRedirectAsync(response);
        var readings = await _seed.ReadAsync(db => db.Markings.Where(m => m.ItemId == top.Id).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync());
        Assert.Equal(2, readings.Count);
        var correction = Assert.Single(readings, m => m.Text == "113");
        Assert.Equal(old.Id, correction.SupersedesId);
        Assert.Contains(readings, m => m.Id == old.Id && m.Text == "I13" && m.RetractedAt is null);
    }

    [Theory]
    [InlineData("2026-11-30T09:00", "occurredAt", "future")]
    [InlineData("soon", "occurredAt", "date and time")]
    [InlineData("2026-11-28T09:00", null, null)]
    public async Task AddCustody_OccurredAt_CheckedAgainstClock(string occurredAt, string? field, string? message)
    {
        var (top, _) = await ParentAndChildAsync();
        var response = await PostAsync($"/items/{top.Id}", "custody", new()
        {
            ["Input.FromHolder"] = "Field team", ["Input.ToHolder"] = "Lab", ["Input.OccurredAt"] = occurredAt, ["Input.Purpose"] = "Examination",
        });

        var saved = await _seed.ReadAsync(db => db.CustodyEvents.Where(c => c.ItemId == top.Id).ToListAsync());
        if (field is null)
        {
            await Html.AssertRedirectAsync(response);
            Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), Assert.Single(saved).OccurredAt);
        }
        else
        {
            Assert.Contains(message!, Html.TextOf(await Html.ParseAsync(response), $"#{field}-error"));
            Assert.Empty(saved);
        }
    }

    private async Task<(Item Top, Item Child)> ParentAndChildAsync()
    {
        var c = await _seed.CaseAsync("Forms");
        var r = await _seed.RecoveryAsync(c.Id);
        var top = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Missile, Model: "Missile"));
        var child = await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Component, top.Id, Model: "Actuator"));
        return (top, child);
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string formName, Dictionary<string, string> values)
    {
        var page = await Html.GetAsync(_browser, url);
        var fields = Html.FormFields(page, handler: formName);
        foreach (var (name, value) in values) fields[name] = value;
        return await _browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}

public sealed class RecordFormTests_Sqlite(SqliteFactory f) : RecordFormTests(f), IClassFixture<SqliteFactory>;

public sealed class RecordFormTests_Postgres(PostgresFactory f) : RecordFormTests(f), IClassFixture<PostgresFactory>;
