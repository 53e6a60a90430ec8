using AngleSharp;
using AngleSharp.Dom;

namespace Remnant.Web.Tests.Pages;

/// <summary>Parses pages the way a browser would, so tests look at elements, not at strings.</summary>
internal static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Context.OpenAsync(r => r.Content(response.Content.ReadAsStream()).Address(response.RequestMessage!.RequestUri!));

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"GET {url} gave {(int)response.StatusCode}: {body[..Math.Min(body.Length, 800)]}");
        }
        return await ParseAsync(response);
    }

    /// <summary>The fields a browser would post for the form named <paramref name="handler"/> (a Blazor
    /// form name) or, for a plain form, the form whose action is <paramref name="action"/>.</summary>
    public static Dictionary<string, string> FormFields(IDocument page, string? handler = null, string? action = null)
    {
        var form = page.QuerySelectorAll("form").First(f =>
            handler is not null ? f.QuerySelector($"input[name=_handler][value='{handler}']") is not null : f.GetAttribute("action") == action);
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    /// <summary>Asserts a redirect after a post; otherwise fails with what the page said instead
    /// (its form messages, or the start of the body), so a failure explains itself.</summary>
    public static async Task AssertRedirectAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.Found) return;
        var body = await response.Content.ReadAsStringAsync();
        var page = await Context.OpenAsync(r => r.Content(body));
        var said = TextOf(page, ".problems");
        Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {(said.Length > 0 ? said : body[..Math.Min(body.Length, 500)])}");
    }

    /// <summary>The text of the element with this id, whitespace collapsed.</summary>
    public static string TextOf(IDocument page, string selector) =>
        string.Join(' ', (page.QuerySelector(selector)?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
