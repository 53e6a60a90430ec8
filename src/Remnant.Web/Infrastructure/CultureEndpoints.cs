using Microsoft.AspNetCore.Localization;

namespace Remnant.Web.Infrastructure;

internal static class CultureEndpoints
{
    /// <summary><c>/culture?c=ar&amp;returnUrl=/items/x</c>: remembers the language in a cookie and goes
    /// back to a local page (never to another site).</summary>
    public static void MapCulture(this IEndpointRouteBuilder app) => app.MapGet("/culture", (string? c, string? returnUrl, HttpContext http) =>
    {
        var culture = WebServices.Cultures.FirstOrDefault(x => x.Name == c)?.Name ?? "en";
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UnixEpoch.AddYears(100), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var local = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || returnUrl[1] is not ('/' or '\\'));
        return Results.LocalRedirect(local ? returnUrl! : "/");
    }).ExcludeFromDescription();
}
