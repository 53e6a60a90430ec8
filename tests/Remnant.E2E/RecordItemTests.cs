using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Remnant.Data.Storage;
using Remnant.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Remnant.E2E;

/// <summary>An investigator records a recovery end to end in the browser: the recovery, an item,
/// a component of it, a Hangul marking and photos carrying EXIF, then sees it all on the item page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordItemTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task RecordRecovery_ItemComponentMarkingPhotos_AllShownOnItemPage()
    {
        var page = await browser.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        // A recovery without a case goes to the "Unassigned" case.
        await page.GotoAsync($"{app.BaseUrl}/recoveries/new");
        await page.GetByLabel("Latitude").FillAsync("50.62");
        await page.GetByLabel("Longitude").FillAsync("30.48");
        await page.GetByLabel("Country", new() { Exact = true }).FillAsync("UA");
        await page.GetByLabel("Place name").FillAsync("North of Kyiv");
        await page.GetByLabel("Recovered on").FillAsync("2024-08-18");
        await page.GetByLabel("Documented on").FillAsync("2024-08-19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/recoveries/rec-[0-9a-f]{32}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2024-08-18");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync("Unassigned");

        // An item in it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an item" }).ClickAsync();
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Missile or rocket" });
        await page.GetByLabel("Type or model").FillAsync("KN-23 test missile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/items/item-[0-9a-f]{32}$"));
        var missileUrl = page.Url;

        // A component of the item.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a component" }).ClickAsync();
        await Expect(page.GetByLabel("Component of")).ToHaveValueAsync(new Regex("^item-"));
        await page.GetByLabel("Type or model").FillAsync("Jet-vane actuator");
        await page.GetByLabel("Serial number").FillAsync("АК-0113");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jet-vane actuator");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync("KN-23 test missile");

        // A marking in Hangul, exactly as seen.
        var markings = page.Locator("#markings");
        await markings.GetByText("Add a marking").ClickAsync();
        await markings.GetByLabel("Marking as seen").FillAsync("화성-11");
        await markings.GetByLabel("Place on the item").FillAsync("Actuator housing");
        await markings.GetByLabel("Method").SelectOptionAsync(new SelectOptionValue { Label = "Stencilled" });
        await markings.GetByRole(AriaRole.Button, new() { Name = "Add marking" }).ClickAsync();
        await Expect(markings.Locator("bdi.marking", new() { HasText = "화성-11" })).ToBeVisibleAsync();

        // Two files at once: the photo with EXIF and a plain-text field note.
        var note = Path.Combine(app.DataDirectory, "field-note.txt");
        await File.WriteAllTextAsync(note, "Actuator photographed on site, housing marked 113.");
        var photos = page.Locator("#photos");
        await photos.GetByLabel("Photos and documents").SetInputFilesAsync([Fixture("actuator-illustration.jpg"), note]);
        await photos.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "added" })).ToContainTextAsync("2 file(s) added.");

        // Everything on the component's page: the marking, the photo with its EXIF time and place.
        var photoCard = page.Locator("li.photo", new() { HasText = "actuator-illustration.jpg" });
        await Expect(photoCard).ToContainTextAsync("2024-08-18 14:05:00");
        await Expect(photoCard).ToContainTextAsync("50.6, 30.5");
        var thumbnail = photoCard.GetByRole(AriaRole.Img);
        await thumbnail.ScrollIntoViewIfNeededAsync();  // thumbnails load lazily, once in view
        var width = await thumbnail.EvaluateAsync<int>("""
            img => img.complete && img.naturalWidth > 0 ? img.naturalWidth : new Promise(done => {
                img.addEventListener('load', () => done(img.naturalWidth));
                img.addEventListener('error', () => done(0));
            })
            """);
        Assert.Equal(320, width);
        await Expect(page.Locator("li.photo", new() { HasText = "field-note.txt" })).ToBeVisibleAsync();
        await Expect(page.Locator("#markings bdi.marking", new() { HasText = "화성-11" })).ToBeVisibleAsync();
        await Expect(page.Locator("dl.fields").First).ToContainTextAsync("АК-0113");
        if (Environment.GetEnvironmentVariable("REMNANT_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "recorded-item.png"), FullPage = true });

        // The parent lists the component in its tree.
        await page.GotoAsync(missileUrl);
        await Expect(page.Locator("#components").GetByRole(AriaRole.Link, new() { Name = "Jet-vane actuator" })).ToBeVisibleAsync();

        // And the marking is found by a search typed with Latin look-alikes for the serial.
        await page.GotoAsync($"{app.BaseUrl}/search?q=ak0113");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jet-vane actuator" })).ToBeVisibleAsync();
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task NewRecovery_LatitudeOutOfRange_MessageNextToFieldNothingSaved()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/recoveries/new");
        await page.GetByLabel("Latitude").FillAsync("123");
        await page.GetByLabel("Longitude").FillAsync("30.5");
        await page.GetByLabel("Place name").FillAsync("Nowhere valid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var latitude = page.GetByLabel("Latitude");
        await Expect(latitude).ToHaveAccessibleDescriptionAsync(new Regex("between -90 and 90"));
        await Expect(page.Locator(".field", new() { Has = latitude }).Locator(".field-error")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(latitude).ToHaveValueAsync("123");
        await Expect(page).ToHaveURLAsync(new Regex("/recoveries/new$"));
        if (Environment.GetEnvironmentVariable("REMNANT_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "validation.png"), FullPage = true });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        Assert.False(await db.Recoveries.AnyAsync(r => r.PlaceName == "Nowhere valid"));
    }
}
