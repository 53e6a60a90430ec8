using Microsoft.Playwright;
using Remnant.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Remnant.E2E;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Theory]
    [InlineData("/items/item-does-not-exist", "en-US", "Not found")]
    [InlineData("/recoveries/rec-missing", "ar", "غير موجود")]
    [InlineData("/cases/%3Cscript%3E", "en-US", "Not found")]
    public async Task UnknownId_Page_LocalizedNotFoundWith404(string path, string locale, string heading)
    {
        var page = await browser.NewPageAsync(locale);
        var response = await page.GotoAsync(app.BaseUrl + path);
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
    }
}
