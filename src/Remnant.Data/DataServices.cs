using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remnant.Data.Decoding;
using Remnant.Data.Evidence;
using Remnant.Data.History;
using Remnant.Data.Search;
using Remnant.Data.Storage;
using Remnant.Domain.Linkage;

namespace Remnant.Data;

/// <summary>Registers the database, the blob store and evidence intake for the web app and the CLI,
/// from the same configuration (appsettings, environment, command line).</summary>
public static class DataServices
{
    /// <summary>Names of the migrations assemblies, one per provider.</summary>
    public const string SqliteMigrations = "Remnant.Data.Sqlite", PostgresMigrations = "Remnant.Data.Postgres";

    public static IServiceCollection AddRemnantData(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTimeProvider();
        services.AddOptions<RemnantOptions>().Bind(configuration.GetSection("Remnant")).PostConfigure(o =>
        {
            if (configuration["REMNANT_DATA"] is { Length: > 0 } dir) o.DataDirectory = dir;
            o.DataDirectory = Path.GetFullPath(o.DataDirectory);
            if (string.IsNullOrWhiteSpace(o.Operator)) o.Operator = "operator";
        });
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage"));
        services.AddSingleton<HistoryInterceptor>();
        services.AddRemnantDecoding();
        services.AddSingleton(_ => new SearchCatalog(LinkSettings(configuration)));
        services.AddSingleton(_ => Sanctions.ScreeningSettings.From(configuration));
        services.AddSingleton<SearchIndexingInterceptor>();
        // A factory, so page components that load side by side take contexts of their own; it also
        // registers the scoped context that endpoints and services use.
        services.AddDbContextFactory<RemnantDbContext>((sp, builder) =>
        {
            Configure(builder, sp.GetRequiredService<IOptions<StorageOptions>>().Value,
                configuration.GetConnectionString("Remnant"), sp.GetRequiredService<IOptions<RemnantOptions>>().Value);
            // Decoding first: the lines it adds are then recorded by the history like any change.
            builder.AddInterceptors(sp.GetRequiredService<DecodingInterceptor>(), sp.GetRequiredService<HistoryInterceptor>(),
                sp.GetRequiredService<SearchIndexingInterceptor>());
        });
        services.AddSingleton(sp => new BlobStore(Path.Combine(sp.GetRequiredService<IOptions<RemnantOptions>>().Value.DataDirectory, "blobs")));
        services.AddScoped<EvidenceIngest>();
        return services;
    }

    /// <summary>Link detection limits from section <c>Links</c> (<c>SerialWindow</c>, <c>MaxLinksPerRule</c>,
    /// <c>MinBoxMarkingLength</c>); a value that is not a positive whole number stops the start with its name.</summary>
    public static LinkOptions LinkSettings(IConfiguration configuration)
    {
        var defaults = LinkOptions.Default;
        return new LinkOptions
        {
            SerialWindow = Settings.Whole(configuration, "Links:SerialWindow", defaults.SerialWindow),
            MaxLinksPerRule = Settings.Whole(configuration, "Links:MaxLinksPerRule", defaults.MaxLinksPerRule),
            MinBoxMarkingLength = Settings.Whole(configuration, "Links:MinBoxMarkingLength", defaults.MinBoxMarkingLength),
        };
    }

    /// <summary>Points <paramref name="builder"/> at the configured provider and its migrations.</summary>
    public static void Configure(DbContextOptionsBuilder builder, StorageOptions storage, string? connectionString, RemnantOptions options)
    {
        if (string.Equals(storage.Provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Remnant is not set.");
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
        }
        else if (string.Equals(storage.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(options.DataDirectory);
            var cs = string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(options.DataDirectory, "remnant.db")}"
                : connectionString;
            builder.UseSqlite(cs, o => o.MigrationsAssembly(SqliteMigrations));
        }
        else
        {
            throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not known: use Sqlite or Postgres.");
        }
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
