using Microsoft.Playwright;
using Remnant.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Remnant.E2E;

/// <summary>What a newcomer sees at first start: the demo case, in English and in Arabic, and the
/// Arabic layout mirrored right to left.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoCaseTests(BrowserFixture browser, DemoKestrelFactory app) : IClassFixture<DemoKestrelFactory>
{
    private const string DemoTitle = "DPRK ballistic missiles used against Ukraine, 2024";
    private const string Actuator = "/items/demo-item-2024-08-18-actuator-1";

    [Fact]
    public async Task Dashboard_FirstStartEnglish_ShowsDemoCase()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoTitle }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoTitle);
        await Expect(page.Locator("#items-h")).ToContainTextAsync("Items");
    }

    [Fact]
    public async Task Dashboard_FirstStartArabic_ShowsDemoCaseRightToLeft()
    {
        var page = await browser.NewPageAsync("ar");
        await page.GotoAsync(app.BaseUrl);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("لوحة المعلومات");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = DemoTitle })).ToBeVisibleAsync();

        // The main navigation sits on the right half of the page, as Arabic readers expect.
        var nav = await page.GetByRole(AriaRole.Navigation, new() { Name = "الرئيسية" }).BoundingBoxAsync();
        Assert.NotNull(nav);
        Assert.True(nav.X + nav.Width / 2 > 640, $"navigation centre at {nav.X + nav.Width / 2}px of 1280px");
    }

    [Fact]
    public async Task Dashboard_English_NavigationOnTheLeft()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        var nav = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).BoundingBoxAsync();
        Assert.NotNull(nav);
        Assert.True(nav.X + nav.Width / 2 < 640, $"navigation centre at {nav.X + nav.Width / 2}px of 1280px");
    }

    [Fact]
    public async Task LanguageSwitch_ToArabicAndBack_Remembered()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + Actuator);
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.EndsWith(Actuator, page.Url);
        await page.GotoAsync(app.BaseUrl + "/cases");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
    }

    [Fact]
    public async Task ActuatorPage_Demo_MarkingAndTreeShown()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + Actuator);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jet-vane actuator");
        await Expect(page.Locator("#markings bdi.marking")).ToHaveTextAsync("113");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync("Recovery 2024-08-18");
    }

    /// <summary>The README's screenshots. They are always taken and checked; set
    /// <c>REMNANT_SCREENSHOTS</c> to a folder (docs/screenshots) to keep them.</summary>
    [Fact]
    public async Task Screenshots_DemoItemAndArabicDashboard_SmallAndComplete()
    {
        var folder = Environment.GetEnvironmentVariable("REMNANT_SCREENSHOTS") is { Length: > 0 } dir
            ? Directory.CreateDirectory(dir).FullName
            : Directory.CreateTempSubdirectory("remnant-shots-").FullName;
        var english = await browser.NewPageAsync();
        await english.GotoAsync(app.BaseUrl + Actuator);
        await Expect(english.Locator("#markings bdi.marking")).ToBeVisibleAsync();
        var item = Path.Combine(folder, "demo-item.png");
        await english.ScreenshotAsync(new PageScreenshotOptions { Path = item, FullPage = true });

        var arabic = await browser.NewPageAsync("ar");
        await arabic.GotoAsync(app.BaseUrl);
        await Expect(arabic.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var dashboard = Path.Combine(folder, "dashboard-ar.png");
        await arabic.ScreenshotAsync(new PageScreenshotOptions { Path = dashboard, FullPage = true });

        foreach (var shot in new[] { item, dashboard })
        {
            var size = new FileInfo(shot).Length;
            Assert.InRange(size, 10_000, 600_000);  // full pages: the item page is long
        }
    }
}
