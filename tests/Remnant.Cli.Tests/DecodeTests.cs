using System.Text.Json.Nodes;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

/// <summary><c>remnant decode</c>: only its result on stdout, no database opened or created.</summary>
public sealed class DecodeTests
{
    private static string Str(JsonNode node, string name) => node[name]!.GetValue<string>();

    [Fact]
    public async Task Decode_113CountryKpJson_ShapeAndNoDatabase()
    {
        await using var store = new CliStore(Providers.Sqlite);

        var result = await store.RunOkAsync("decode", "113", "--country", "KP", "--json");

        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal(["marking", "interpretations", "rejected"], json.Select(p => p.Key).ToArray());
        var first = json["interpretations"]![0]!;
        Assert.Equal(("juche", "2024-01-01", "2024-12-31", "KP"), (Str(first, "system"), Str(first, "from"), Str(first, "to"), Str(first, "country")));
        Assert.False(string.IsNullOrWhiteSpace(Str(first, "reason")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.DataDirectory));
    }

    [Fact]
    public async Task Decode_KindHeadstamp_TextOnStdout()
    {
        await using var store = new CliStore(Providers.Sqlite);

        var result = await store.RunOkAsync("decode", "539 67", "--kind", "headstamp");

        Assert.Contains("headstamp 1967-01-01..1967-12-31 RU", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Decode_BidiOverride_NoInterpretationReasonGiven()
    {
        await using var store = new CliStore(Providers.Sqlite);

        var result = await store.RunOkAsync("decode", "\u202E311", "--json");

        var json = JsonNode.Parse(result.Stdout)!;
        Assert.Empty(json["interpretations"]!.AsArray());
        Assert.Contains("U+202E", Str(json["rejected"]![0]!, "reason"));
    }

    [Fact]
    public async Task Decode_File_OneJsonLinePerMarking()
    {
        await using var store = new CliStore(Providers.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"markings-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "marking,country\n113,KP\n113,TW\n\"539 67\",\n");
        try
        {
            var result = await store.RunOkAsync("decode", "--file", file, "--json");

            var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
            Assert.Equal(["juche", "minguo", "headstamp"], lines.Select(l => Str(l["interpretations"]![0]!, "system")).ToArray());
            Assert.Contains("3 marking(s)", result.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--country", "SU")]
    [InlineData("--kind", "serial")]
    public async Task Decode_BadOption_Exit2NothingOnStdout(string option, string value)
    {
        await using var store = new CliStore(Providers.Sqlite);

        var result = await store.RunAsync("decode", "113", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains(option, result.Stderr);
    }

    [Fact]
    public async Task Decode_BadReferenceOverride_Exit1NamesFileAndLine()
    {
        await using var store = new CliStore(Providers.Sqlite);
        Directory.CreateDirectory(Path.Combine(store.DataDirectory, "reference"));
        await File.WriteAllTextAsync(Path.Combine(store.DataDirectory, "reference", "headstamps.csv"),
            "code,factory,country,valid_from,valid_to,source,verified\nLC,Lake City,SU,,,src,true\n");

        var result = await store.RunAsync("decode", "LC 80");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("headstamps.csv, line 2", result.Stderr);
    }
}
