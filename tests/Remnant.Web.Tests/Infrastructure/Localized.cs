using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Remnant.Web.Tests.Infrastructure;

/// <summary>The app's own string localizer read in a given UI culture, the culture restored after.</summary>
public static class Localized
{
    public static T InCulture<T>(this RemnantFactory factory, string culture, Func<IStringLocalizer, T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read(factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
