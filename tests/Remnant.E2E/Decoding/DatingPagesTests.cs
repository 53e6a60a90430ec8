using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Remnant.E2E.Decoding;

/// <summary>What an analyst sees of decoding: the demo's 113 as Juche 2024 and "at most 230 days",
/// accepting the reading, the case's lag chart, and the reference tables in English and Arabic.</summary>
public sealed class DatingPagesTests(DemoServer server) : IClassFixture<DemoServer>
{
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });
        await page.GotoAsync(path);
        return page;
    }

    [Fact]
    public async Task ActuatorDating_AcceptJuche_ShowsWhoAndKeepsLag()
    {
        var page = await OpenAsync("/items/demo-item-2024-08-18-actuator-1");
        var lag = page.Locator("[data-field=lag]");
        await Assertions.Expect(lag).ToHaveTextAsync("at most 230 days");
        await Assertions.Expect(page.Locator("[data-field=production-window]")).ToContainTextAsync("provisional");
        var readings = page.GetByRole(AriaRole.Article, new() { Name = "Readings of marking 113" });
        await Assertions.Expect(readings.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Juche year 113 = 2024");

        await readings.GetByRole(AriaRole.Button, new() { Name = "Accept juche 113" }).ClickAsync();

        await Assertions.Expect(readings.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(new Regex("Accepted.*e2e-analyst", RegexOptions.Singleline));
        await Assertions.Expect(page.Locator("[data-field=production-window]")).Not.ToContainTextAsync("provisional");
        await Assertions.Expect(page.Locator("[data-field=lag]")).ToHaveTextAsync("at most 230 days");
    }

    [Fact]
    public async Task CaseDating_ChartAndNewestDateCode()
    {
        var page = await OpenAsync("/cases/demo-dprk-2024");

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Production-to-use lag of each dated item, in days" })).ToBeVisibleAsync();
        var newest = page.GetByRole(AriaRole.Table, new() { Name = "Newest component date code per assembly" });
        await Assertions.Expect(newest).ToContainTextAsync("2310");
        await Assertions.Expect(newest).ToContainTextAsync("2023-03-06");
    }

    [Fact]
    public async Task ReferencePage_EnglishAndArabic()
    {
        var page = await OpenAsync("/reference");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reference data", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Cartridge headstamp factory codes" })).ToContainTextAsync("Yuryuzan");

        await page.GotoAsync("/reference?culture=ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "البيانات المرجعية", Level = 1 })).ToBeVisibleAsync();
    }
}
