using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

public sealed class ScreeningCommandTests
{
    private static string Shared(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // The copy in the repository (data/sanctions), else shared/ beside the clone.
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "data", "sanctions", name), Path.Combine(dir.FullName, "shared", "data", "sanctions", name) })
                if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"data/sanctions/{name} (or shared/data/sanctions/{name}) was not found above {AppContext.BaseDirectory}.");
    }

    [Fact]
    public async Task MatchNames_Pairs_CsvInInputOrderWithoutDatabase()
    {
        await using var store = new CliStore(Providers.Sqlite);
        var pairs = store.WriteFile("pairs.csv", "query,candidate\n\"Choe Chun Sik\",\"CH'OE Ch'un-sik\"\nKim Jong Un,KIM JONG NAM\n최춘식,Choe Chun Sik\n\nMohammed Ali,Muhammad Ali\n");
        var result = await store.RunOkAsync("match-names", "--file", pairs);
        var lines = result.Stdout.Trim().Split('\n');
        Assert.Equal("query,candidate,score,match", lines[0]);
        Assert.StartsWith("Choe Chun Sik,CH'OE Ch'un-sik,1,true", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",false", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",true", lines[3], StringComparison.Ordinal);
        // A blank line keeps its place as an empty pair, so later rows stay in line with the input.
        Assert.Equal(",,0,false", lines[4]);
        Assert.StartsWith("Mohammed Ali,Muhammad Ali,", lines[5], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.False(File.Exists(Path.Combine(store.DataDirectory, "remnant.db")));
    }

    [Fact]
    public async Task MatchNames_ThresholdFromConfiguration_DecidesTheMatchColumn()
    {
        await using var store = new CliStore(Providers.Sqlite);
        // A McCune-Reischauer spelling: a match at the default threshold, but not a perfect score.
        var pairs = store.WriteFile("pairs.csv", "query,candidate\nKim Jong Un,Kim Chong-un\n");
        Assert.EndsWith(",true", (await store.RunOkAsync("match-names", "--file", pairs)).Stdout.Trim(), StringComparison.Ordinal);
        // The screening threshold is for screening against the lists; a pair has its own.
        store.Settings["Screening:Threshold"] = "1";
        Assert.EndsWith(",true", (await store.RunOkAsync("match-names", "--file", pairs)).Stdout.Trim(), StringComparison.Ordinal);
        store.Settings["Screening:PairThreshold"] = "1";
        Assert.EndsWith(",false", (await store.RunOkAsync("match-names", "--file", pairs)).Stdout.Trim(), StringComparison.Ordinal);
        store.Settings["Screening:PairThreshold"] = "high";
        var bad = await store.RunAsync("match-names", "--file", pairs);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("Screening:PairThreshold", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchNames_WrongColumns_Usage()
    {
        await using var store = new CliStore(Providers.Sqlite);
        var pairs = store.WriteFile("pairs.csv", "a,b\nx,y\n");
        Assert.Equal(2, (await store.RunAsync("match-names", "--file", pairs)).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SanctionsImport_Twice_SecondChangesNothing(string provider)
    {
        await using var store = new CliStore(provider);
        var first = await store.RunOkAsync("sanctions", "import", Shared("un_consolidated_2024-09-26.xml"));
        Assert.Contains("875 parties stored", first.Stderr, StringComparison.Ordinal);
        Assert.Empty(first.Stdout);
        var second = await store.RunOkAsync("sanctions", "import", Shared("un_consolidated_2024-09-26.xml"), "--source", "un");
        Assert.Contains("already imported", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, await store.QueryAsync(db => db.SanctionsSnapshots.CountAsync()));
        Assert.Equal(875, await store.QueryAsync(db => db.SanctionsListings.CountAsync()));
    }

    [Fact]
    public async Task SanctionsImport_HostileOrWrongFile_Exit1NothingWritten()
    {
        await using var store = new CliStore(Providers.Sqlite);
        var laughs = store.WriteFile("laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><CONSOLIDATED_LIST dateGenerated=\"2024-01-01\">&a;</CONSOLIDATED_LIST>");
        var result = await store.RunAsync("sanctions", "import", laughs);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DTD", result.Stderr, StringComparison.Ordinal);
        var wrong = await store.RunAsync("sanctions", "import", Shared("un_consolidated_2024-09-26.xml"), "--source", "eu");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("not eu", wrong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenFile_Json_OneObjectPerLineInOrder()
    {
        await using var store = new CliStore(Providers.Sqlite);
        await store.RunOkAsync("sanctions", "import", Shared("un_consolidated_2024-09-26.xml"));
        // A blank line is a row too: skipping it would shift every later answer against its question.
        var names = store.WriteFile("names.csv", "name\nCh’oe Ch’un-sik\nx\n최춘식\nJohn Smith Plumbing\n\nKOMID\n");
        var result = await store.RunOkAsync("screen", "--file", names, "--json");
        var lines = result.Stdout.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Ch’oe Ch’un-sik", "x", "최춘식", "John Smith Plumbing", "", "KOMID"], lines.Select(l => l.GetProperty("query").GetString()));
        Assert.Contains("empty", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("KPe.001", lines[5].GetProperty("matches")[0].GetProperty("reference").GetString());
        var top = lines[0].GetProperty("matches")[0];
        Assert.Equal("KPi.013", top.GetProperty("reference").GetString());
        Assert.Equal("un", top.GetProperty("list").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        foreach (var field in new[] { "name", "score", "explanation" }) Assert.True(top.TryGetProperty(field, out _));
        Assert.Empty(lines[1].GetProperty("matches").EnumerateArray());
        Assert.Contains("single letter", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("KPi.013", lines[2].GetProperty("matches")[0].GetProperty("reference").GetString());
        Assert.DoesNotContain(lines[3].GetProperty("matches").EnumerateArray(), m => m.GetProperty("match").GetBoolean());
        Assert.Equal(4, await store.QueryAsync(db => db.ScreeningLog.CountAsync()));
    }

    [Fact]
    public async Task ScreenFile_ManyBatches_EveryRowAnsweredInOrderAndLogged()
    {
        await using var store = new CliStore(Providers.Sqlite);
        await store.RunOkAsync("sanctions", "import", Shared("un_consolidated_2024-09-26.xml"));
        // 1,201 rows cross two batch boundaries; every 100th is refused and logs nothing.
        var rows = Enumerable.Range(0, 1201).Select(i => i % 100 == 0 ? "!" : i % 2 == 0 ? "KOMID" : $"Person Number {i}").ToList();
        var names = store.WriteFile("names.csv", "name\n" + string.Join("\n", rows) + "\n");
        var result = await store.RunOkAsync("screen", "--file", names, "--json");
        var lines = result.Stdout.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(rows, lines.Select(l => l.GetProperty("query").GetString()));
        Assert.All(lines.Where((_, i) => i % 100 != 0 && i % 2 == 0), l => Assert.Equal("KPe.001", l.GetProperty("matches")[0].GetProperty("reference").GetString()));
        Assert.Equal(1201 - 13, await store.QueryAsync(db => db.ScreeningLog.CountAsync()));
    }
}
