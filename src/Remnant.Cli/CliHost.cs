using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Remnant.Data;
using Remnant.Data.Storage;

namespace Remnant.Cli;

/// <summary>The services a command needs, from the same configuration as the web app:
/// <c>appsettings.json</c> beside the binary, then environment variables (<c>REMNANT_DATA</c>,
/// <c>Storage__Provider</c>, <c>ConnectionStrings__Remnant</c>, <c>Remnant__Operator</c>).</summary>
internal static class CliHost
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddRemnantData(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the services and brings the database to the current schema, seeding nothing.</summary>
    public static async Task<ServiceProvider> OpenDatabaseAsync(CancellationToken cancellationToken)
    {
        var provider = Build();
        await DatabaseStartup.InitializeAsync(provider, seedDemo: false, cancellationToken);
        return provider;
    }
}
