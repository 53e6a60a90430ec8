using System.Text.Json;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

public sealed class ExportTests
{
    public static TheoryData<string> Providers => Infrastructure.Providers.All;

    [Theory, MemberData(nameof(Providers))]
    public async Task GeoJson_Demo_FeatureCollectionLongitudeFirst(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("demo");

        using var doc = JsonDocument.Parse((await store.RunOkAsync("export", "--format", "geojson")).Stdout);

        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        // Only the Kharkiv recovery has coordinates in the demo case.
        var feature = Assert.Single(doc.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([36.2304, 49.9935], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = feature.GetProperty("properties");
        Assert.Equal("demo-dprk-2024", properties.GetProperty("caseId").GetString());
        Assert.Equal("2024-01-02", properties.GetProperty("recoveredOn").GetString());
        Assert.Equal("Kharkiv", properties.GetProperty("placeName").GetString());
        Assert.Equal(6, properties.GetProperty("itemCount").GetInt32());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Csv_ExportImportIntoEmptyStore_ExportsIdentically(string provider)
    {
        await using var source = new CliStore(provider);
        await using var target = new CliStore(provider);
        await source.RunOkAsync("demo");
        var first = (await source.RunOkAsync("export", "--format", "csv")).Stdout;

        await target.RunOkAsync("import", target.WriteFile("demo.csv", first));
        var second = (await target.RunOkAsync("export", "--format", "csv")).Stdout;

        Assert.Equal(first, second);
        Assert.StartsWith("recovery_id,item_id,category,case,recovered_on,", first, StringComparison.Ordinal);
        Assert.Contains(",113\r\n", first, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Stdout_EveryCommand_OnlyMachineOutput(string provider)
    {
        await using var store = new CliStore(provider);
        var demo = await store.RunOkAsync("demo");
        Assert.Equal("", demo.Stdout);

        var json = await store.RunOkAsync("export", "--format", "json");
        using (JsonDocument.Parse(json.Stdout)) { }
        Assert.DoesNotContain("export:", json.Stdout);
        Assert.Contains("export: wrote 24 records as json to stdout.", json.Stderr);

        var csv = await store.RunOkAsync("export", "--format", "csv");
        Assert.Equal(13, csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var file = store.PathFor("out.json");
        var toFile = await store.RunOkAsync("export", "--format", "json", "--out", file);
        Assert.Equal("", toFile.Stdout);
        Assert.Equal(json.Stdout, await File.ReadAllTextAsync(file));

        var import = await store.RunOkAsync("import", file);
        Assert.Equal("", import.Stdout);
        Assert.Contains("import: out.json: 24 records read", import.Stderr);

        var verify = await store.RunOkAsync("verify", "--json");
        using (JsonDocument.Parse(verify.Stdout)) { }
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["import", "/no/such/file.csv"], "No such file" },
        { ["import", "x.csv", "--format", "xml"], "xml" },
        { ["export"], "--format" },
        { ["export", "--format", "json", "--bogus"], "--bogus" },
        { ["frobnicate"], "frobnicate" },
    };

    [Theory, MemberData(nameof(UsageErrors))]
    public async Task Run_WrongCommandLine_ExitTwoWithoutStackTrace(string[] args, string mention)
    {
        await using var store = new CliStore(Infrastructure.Providers.Sqlite);
        var result = await store.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("remnant: error:", result.Stderr);
        Assert.Contains(mention, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
