using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remnant.Data.Reference;
using Remnant.Domain.Decoding;

namespace Remnant.Data.Decoding;

/// <summary>Reference tables (shipped, overridable from the data directory's <c>reference/</c>),
/// the decoder built on them, and the interceptor that decodes markings on save.</summary>
public static class DecodingServices
{
    /// <summary>The override folder: <c>&lt;data directory&gt;/reference</c>.</summary>
    public static string OverrideDirectory(RemnantOptions options) => Path.Combine(options.DataDirectory, "reference");

    public static IServiceCollection AddRemnantDecoding(this IServiceCollection services)
    {
        services.AddSingleton(sp => ReferenceData.Load(OverrideDirectory(sp.GetRequiredService<IOptions<RemnantOptions>>().Value)));
        services.AddSingleton(sp => new MarkingDecoder(sp.GetRequiredService<ReferenceData>().Tables));
        services.AddSingleton<DecodingInterceptor>();
        return services;
    }
}
