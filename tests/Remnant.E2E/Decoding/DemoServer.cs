using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Remnant.E2E.Decoding;

/// <summary>The web app on a real Kestrel server (loopback, free port) with the demo case on a
/// fresh SQLite database, and a headless Debian Chromium driven by Playwright.</summary>
public sealed class DemoServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("remnant-e2e-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public DemoServer() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("REMNANT_DATA", _data);
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Remnant:Operator", "e2e-analyst");
        builder.UseSetting("Remnant:SeedDemo", "true");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
