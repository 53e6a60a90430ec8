using System.Text.Json;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

public sealed class VerifyTests
{
    public static TheoryData<string> Providers => Infrastructure.Providers.All;

    private static async Task<string> StoreWithPhotoAsync(CliStore store)
    {
        await store.RunOkAsync("demo");
        return await store.AttachAsync(Fixtures.Png, "actuator.png", "demo-item-2024-08-18-actuator-1");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_IntactStore_Passes(string provider)
    {
        await using var store = new CliStore(provider);
        await StoreWithPhotoAsync(store);

        var result = await store.RunOkAsync("verify");

        Assert.Equal("", result.Stdout);
        Assert.Contains("1 stored files checked: 1 intact, 0 missing, 0 altered", result.Stderr);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_AlteredBlob_FailsNamingIt(string provider)
    {
        await using var store = new CliStore(provider);
        var sha = await StoreWithPhotoAsync(store);
        var path = Path.Combine(store.BlobRoot, sha[..2], sha);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[20] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var result = await store.RunAsync("verify", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"altered: {sha}", result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.False(report.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(sha, report.RootElement.GetProperty("altered")[0].GetProperty("blob").GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_DeletedBlob_FailsNamingIt(string provider)
    {
        await using var store = new CliStore(provider);
        var sha = await StoreWithPhotoAsync(store);
        File.Delete(Path.Combine(store.BlobRoot, sha[..2], sha));

        var result = await store.RunAsync("verify", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"missing: {sha}", result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.Equal(sha, report.RootElement.GetProperty("missing")[0].GetProperty("blob").GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_OrphanBlob_NotedButPasses(string provider)
    {
        await using var store = new CliStore(provider);
        await StoreWithPhotoAsync(store);
        var orphan = new string('a', 64);
        Directory.CreateDirectory(Path.Combine(store.BlobRoot, "aa"));
        await File.WriteAllTextAsync(Path.Combine(store.BlobRoot, "aa", orphan), "stray");

        var result = await store.RunOkAsync("verify", "--json");

        Assert.Contains($"orphan: {orphan}", result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(orphan, report.RootElement.GetProperty("orphans")[0].GetProperty("blob").GetString());
    }
}
