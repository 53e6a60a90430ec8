using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Remnant.E2E.Infrastructure;

/// <summary>The whole app on a real Kestrel server on a free loopback port, so a browser can
/// reach it: SQLite in a data directory of its own, Production settings, a clock that stands still.</summary>
public class KestrelFactory : WebApplicationFactory<Program>
{
    public KestrelFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        using var client = CreateClient();
        BaseUrl = client.BaseAddress!.ToString().TrimEnd('/');
    }

    /// <summary><c>http://127.0.0.1:port</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("remnant-e2e-").FullName;

    public FixedClock Clock { get; } = new();

    /// <summary>Whether the app seeds the demo case on its first start.</summary>
    protected virtual bool SeedDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Built, not published: serve wwwroot and the framework's scripts from the build's
        // static web assets manifest, as a published app serves them from its own folder.
        builder.UseStaticWebAssets();
        builder.UseSetting("REMNANT_DATA", DataDirectory);
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Remnant:Operator", "e2e-tester");
        builder.UseSetting("Remnant:SeedDemo", SeedDemo ? "true" : "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>As a newcomer sees it: the demo case seeded at first start.</summary>
public sealed class DemoKestrelFactory : KestrelFactory
{
    protected override bool SeedDemo => true;
}

/// <summary>"Today" in the browser tests is 2026-11-29.</summary>
public sealed class FixedClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
