using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

public sealed class BundleTests
{
    private const string Actuator = "demo-item-2024-08-18-actuator-1";

    public static TheoryData<string> Providers => Infrastructure.Providers.All;

    private static async Task<(string Sha, string Bundle, string Json)> SourceAsync(CliStore source)
    {
        await source.RunOkAsync("demo");
        var sha = await source.AttachAsync(Fixtures.Png, "actuator.png", Actuator);
        var bundle = source.PathFor("case.zip");
        await source.RunOkAsync("export", "--format", "bundle", "--out", bundle);
        var json = (await source.RunOkAsync("export", "--format", "json")).Stdout;
        return (sha, bundle, json);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Bundle_ImportIntoEmptyStore_BytesStoredAndVerified(string provider)
    {
        await using var source = new CliStore(provider);
        await using var target = new CliStore(provider);
        var (sha, bundle, json) = await SourceAsync(source);

        var import = await target.RunOkAsync("import", bundle);
        Assert.Contains("1 evidence file", import.Stderr);

        Assert.Equal(Fixtures.Png, await File.ReadAllBytesAsync(Path.Combine(target.BlobRoot, sha[..2], sha)));
        Assert.Equal(json, (await target.RunOkAsync("export", "--format", "json")).Stdout);
        var verify = await target.RunOkAsync("verify", "--json");
        using var report = JsonDocument.Parse(verify.Stdout);
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(1, report.RootElement.GetProperty("intact").GetInt32());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Bundle_TamperedBytes_RejectedAndNothingWritten(string provider)
    {
        await using var source = new CliStore(provider);
        await using var target = new CliStore(provider);
        var (sha, bundle, _) = await SourceAsync(source);
        using (var zip = ZipFile.Open(bundle, ZipArchiveMode.Update))
        {
            zip.GetEntry($"evidence/{sha}")!.Delete();
            var forged = Fixtures.Png.ToArray();
            forged[^5] ^= 0xFF;
            await using var entry = zip.CreateEntry($"evidence/{sha}").Open();
            await entry.WriteAsync(forged);
        }

        var result = await target.RunAsync("import", bundle);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("sha256: The bundled bytes hash to", result.Stderr);
        Assert.Equal(0, await target.QueryAsync(db => db.Cases.CountAsync()));
        Assert.False(File.Exists(Path.Combine(target.BlobRoot, sha[..2], sha)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Json_WithoutBytes_RecordedNotPresentThenBundleCompletesIt(string provider)
    {
        await using var source = new CliStore(provider);
        await using var target = new CliStore(provider);
        var (_, bundle, json) = await SourceAsync(source);

        await target.RunOkAsync("import", target.WriteFile("export.json", json));
        Assert.False(await target.QueryAsync(db => db.EvidenceFiles.Select(f => f.Present).SingleAsync()));
        Assert.Contains("1 records without bytes", (await target.RunOkAsync("verify")).Stderr);

        var completed = await target.RunOkAsync("import", bundle);

        Assert.Contains("updated 1 evidence file;", completed.Stderr);
        Assert.True(await target.QueryAsync(db => db.EvidenceFiles.Select(f => f.Present).SingleAsync()));
        Assert.Equal(json, (await target.RunOkAsync("export", "--format", "json")).Stdout);
    }

    [Fact]
    public async Task Bundle_WithoutOut_UsageError()
    {
        await using var store = new CliStore(Infrastructure.Providers.Sqlite);
        var result = await store.RunAsync("export", "--format", "bundle");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give --out FILE", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
