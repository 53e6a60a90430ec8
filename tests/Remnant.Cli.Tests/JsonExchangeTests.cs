using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

public sealed class JsonExchangeTests
{
    public static TheoryData<string> Providers => Infrastructure.Providers.All;

    /// <summary>A store with the demo case and the additions, as a JSON export.</summary>
    private static async Task<string> SourceExportAsync(CliStore source)
    {
        await source.RunOkAsync("demo");
        var added = await source.RunOkAsync("import", source.WriteFile("additions.json", Fixtures.DemoAdditions));
        Assert.Contains("recorded as not present", added.Stderr);
        return (await source.RunOkAsync("export", "--format", "json")).Stdout;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Export_ImportIntoEmptyStore_ExportsIdentically(string provider)
    {
        await using var source = new CliStore(provider);
        await using var target = new CliStore(provider);
        var first = await SourceExportAsync(source);

        await target.RunOkAsync("import", target.WriteFile("export.json", first));
        var second = (await target.RunOkAsync("export", "--format", "json")).Stdout;

        Assert.Equal(first, second);
        using var doc = JsonDocument.Parse(second);
        Assert.Equal(12, doc.RootElement.GetProperty("items").GetArrayLength());
        var retracted = doc.RootElement.GetProperty("markings").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "mark-old");
        Assert.Equal("Misread: the photo shows 113.", retracted.GetProperty("retractionReason").GetString());
        var custody = doc.RootElement.GetProperty("custodyEvents")[0];
        Assert.Equal("2024-08-20T06:30:00+00:00", custody.GetProperty("occurredAt").GetString());
        Assert.False(doc.RootElement.GetProperty("evidenceFiles")[0].GetProperty("present").GetBoolean());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_OwnExportTwice_NothingChangesAndNoHistory(string provider)
    {
        await using var store = new CliStore(provider);
        var export = store.WriteFile("export.json", await SourceExportAsync(store));
        var history = await store.QueryAsync(db => db.History.CountAsync());

        var again = await store.RunOkAsync("import", export);
        var twice = await store.RunOkAsync("import", export);

        Assert.Contains("created nothing; updated nothing; 28 unchanged.", again.Stderr);
        Assert.Contains("created nothing; updated nothing", twice.Stderr);
        Assert.Equal(history, await store.QueryAsync(db => db.History.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_MalformedJson_LineNumberAndNothingWritten(string provider)
    {
        await using var store = new CliStore(provider);
        var json = "{\n  \"format\": \"remnant-exchange\",\n  \"version\": 1,\n  \"cases\": [ { \"id\": \"c1\", \"title\": \"T\" } ],\n  \"recoveries\": [ { \"id\": \"r1\",, } ]\n}";
        var result = await store.RunAsync("import", store.WriteFile("bad.json", json));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("line 5: json: Malformed JSON", result.Stderr);
        Assert.Equal(0, await store.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_WrongType_LineNumber(string provider)
    {
        await using var store = new CliStore(provider);
        var json = "{\n\"format\": \"remnant-exchange\", \"version\": 1,\n\"recoveries\": [\n { \"id\": \"r1\", \"caseId\": \"c\",\n   \"latitude\": \"north\" } ] }";
        var result = await store.RunAsync("import", store.WriteFile("bad.json", json));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 5: json: Malformed JSON at $.recoveries[0].latitude", result.Stderr);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_RuleBroken_RecordNamedAndNothingWritten(string provider)
    {
        await using var store = new CliStore(provider);
        await SourceExportAsync(store);
        var history = await store.QueryAsync(db => db.History.CountAsync());
        // A new case (valid) and a changed reading of a stored marking (never allowed) in one file.
        var json = """
            { "format": "remnant-exchange", "version": 1,
              "cases": [ { "id": "case-new", "title": "Another case", "createdAt": "2026-11-01T00:00:00+00:00" } ],
              "recoveries": [ { "id": "rec-new", "caseId": "case-new", "country": "ZZ", "recoveredOn": "2027-01-01", "createdAt": "2026-11-01T00:00:00+00:00" } ],
              "markings": [ { "id": "mark-new", "itemId": "demo-item-2024-08-18-actuator-2", "text": "118", "supersedesId": "mark-old",
                              "createdAt": "2026-11-02T08:00:00+00:00", "createdBy": "reviewer" } ] }
            """;
        var result = await store.RunAsync("import", store.WriteFile("bad.json", json));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("markings[0] (mark-new): text: The stored reading differs", result.Stderr);
        Assert.Contains("recoveries[0] (rec-new): country: 'ZZ' is not an ISO 3166-1 alpha-2 country code.", result.Stderr);
        Assert.Contains("recoveries[0] (rec-new): recoveredOn: Cannot be after today.", result.Stderr);
        Assert.Contains("3 records read: 1 accepted, 2 rejected.", result.Stderr);
        Assert.False(await store.QueryAsync(db => db.Cases.AnyAsync(c => c.Id == "case-new")));
        Assert.Equal(history, await store.QueryAsync(db => db.History.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_UnknownVersion_Refused(string provider)
    {
        await using var store = new CliStore(provider);
        var result = await store.RunAsync("import", store.WriteFile("v9.json", """{ "format": "remnant-exchange", "version": 9 }"""));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("version: Version 9 is not supported", result.Stderr);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Export_CaseOption_OnlyThatCase(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("demo");
        await store.RunOkAsync("import", store.WriteFile("other.csv", "recovery_id,item_id,category\nr-other,i-other,uav\n"));

        using var doc = JsonDocument.Parse((await store.RunOkAsync("export", "--format", "json", "--case", "demo-dprk-2024")).Stdout);
        Assert.Equal(["demo-dprk-2024"], doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.DoesNotContain(doc.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "i-other");
        Assert.Equal(12, doc.RootElement.GetProperty("items").GetArrayLength());

        var unknown = await store.RunAsync("export", "--format", "json", "--case", "no-such-case");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("", unknown.Stdout);
    }
}
