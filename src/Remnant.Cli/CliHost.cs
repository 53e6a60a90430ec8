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
    /// <summary>The configuration alone, for commands that need a setting but no services.</summary>
    public static IConfigurationRoot Configuration(CliEnvironment environment) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddInMemoryCollection(environment.Settings)
        .Build();

    public static ServiceProvider Build(CliEnvironment environment)
    {
        var configuration = Configuration(environment);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // Logs would interleave with progress bars and summaries: only warnings, and only on stderr.
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        if (environment.Clock is { } clock) services.AddSingleton(clock);
        services.AddRemnantData(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the services and brings the database to the current schema, seeding nothing.</summary>
    public static async Task<ServiceProvider> OpenDatabaseAsync(CliEnvironment environment, CancellationToken cancellationToken)
    {
        var provider = Build(environment);
        try
        {
            await DatabaseStartup.InitializeAsync(provider, seedDemo: false, cancellationToken);
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }
}
