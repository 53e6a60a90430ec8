using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Remnant.Data;

namespace Remnant.Web.Infrastructure;

internal static class WebServices
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("ar")];

    public static IServiceCollection AddRemnantWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents();
        // Arabic, Hangul and Cyrillic go out as text, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddSingleton<Readiness>();
        services.AddOptions<Features.Search.SearchOptions>().Bind(configuration.GetSection("Search"));
        services.AddHostedService<Features.Search.SearchStartup>();
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready");
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // A request may carry many photos; each one is held to MaxUploadBytes when it is stored.
        services.AddOptions<FormOptions>().Configure<IOptions<RemnantOptions>>((form, remnant) =>
            form.MultipartBodyLengthLimit = RequestLimit(remnant.Value));
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<IOptions<RemnantOptions>>((kestrel, remnant) =>
            kestrel.Limits.MaxRequestBodySize = RequestLimit(remnant.Value));
        return services;
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        json.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }

    private static long RequestLimit(RemnantOptions options) => options.MaxUploadBytes * 20 + 1024 * 1024;
}
