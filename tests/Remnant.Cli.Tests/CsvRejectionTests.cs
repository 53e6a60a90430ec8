using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

/// <summary>Every bad-input rule: the rejection names the physical line and the column, the exit
/// code is 1, and nothing at all is written, not even the good rows.</summary>
public sealed class CsvRejectionTests
{
    private const string Header = "recovery_id,item_id,category,recovered_on,documented_on,country,latitude,longitude,place,parent_item_id,quantity,markings,serial_number";
    private const string Good = "r0,i0,missile,2024-01-02,2024-01-03,UA,49.99,36.23,Kharkiv,,,,";

    private static readonly (string Name, string Rows, int Line, string Field)[] Cases =
    [
        ("future recovery date", "r1,i1,missile,2026-11-30,,UA,,,,,,,", 3, "recovered_on"),
        ("future documented date", "r1,i1,missile,,2026-12-01,UA,,,,,,,", 3, "documented_on"),
        ("date not yyyy-MM-dd", "r1,i1,missile,30/07/2024,,UA,,,,,,,", 3, "recovered_on"),
        ("documented before recovered", "r1,i1,missile,2024-08-18,2024-08-17,UA,,,,,,,", 3, "documented_on"),
        ("latitude out of range", "r1,i1,missile,,,UA,91,30,,,,,", 3, "latitude"),
        ("longitude out of range", "r1,i1,missile,,,UA,45,-180.5,,,,,", 3, "longitude"),
        ("latitude without longitude", "r1,i1,missile,,,UA,45,,,,,,", 3, "longitude"),
        ("coordinate not a number", "r1,i1,missile,,,UA,\"49,99\",36.2,,,,,", 3, "latitude"),
        ("unknown country", "r1,i1,missile,,,XX,,,,,,,", 3, "country"),
        ("unknown category", "r1,i1,tank,,,UA,,,,,,,", 3, "category"),
        ("missing category", "r1,i1,,,,UA,,,,,,,", 3, "category"),
        ("missing recovery id", ",i1,missile,,,UA,,,,,,,", 3, "recovery_id"),
        ("control character in serial", "r1,i1,missile,,,UA,,,,,,,AB\u0007C", 3, "serial_number"),
        ("control character in place", "r1,i1,missile,,,UA,,,Kyi\u001bv,,,,", 3, "place"),
        ("bidi override in item id", "r1,i\u202E1,missile,,,UA,,,,,,,", 3, "item_id"),
        ("control character in marking", "r1,i1,missile,,,UA,,,,,,11\u00013,", 3, "markings"),
        ("quantity zero", "r1,i1,ammunition,,,UA,,,,,0,,", 3, "quantity"),
        ("quantity not whole", "r1,i1,ammunition,,,UA,,,,,1.5,,", 3, "quantity"),
        ("parent unknown", "r1,i1,component,,,UA,,,,nowhere,,,", 3, "parent_item_id"),
        ("parent in another recovery", "r1,i1,component,,,UA,,,,i0,,,", 3, "parent_item_id"),
        ("component cycle", "r0,i1,component,2024-01-02,2024-01-03,UA,49.99,36.23,Kharkiv,i2,,,\nr0,i2,component,2024-01-02,2024-01-03,UA,49.99,36.23,Kharkiv,i1,,,", 3, "parent_item_id"),
        ("item id twice", "r0,i0,missile,2024-01-02,2024-01-03,UA,49.99,36.23,Kharkiv,,,,", 3, "item_id"),
        ("repeated recovery, other country", "r0,i1,component,2024-01-02,2024-01-03,PL,49.99,36.23,Kharkiv,i0,,,", 3, "country"),
        ("repeated recovery, other date", "r0,i1,component,2024-01-09,2024-01-03,UA,49.99,36.23,Kharkiv,i0,,,", 3, "recovered_on"),
        ("repeated recovery, place dropped", "r0,i1,component,2024-01-02,2024-01-03,UA,49.99,36.23,,i0,,,", 3, "place"),
        ("bad row after a multi-line quoted cell", "r1,i1,missile,,,UA,,,,,,\"113\nJUCHE\n2024\",\nr1,i2,missile,,,UA,,,,,0,,", 6, "quantity"),
    ];

    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in Providers.All)
            foreach (var c in Cases) data.Add(provider, c.Name);
        return data;
    }

    [Theory, MemberData(nameof(Rules))]
    public async Task Import_InvalidRow_LineAndFieldNamedAndNothingWritten(string provider, string rule)
    {
        var (_, rows, line, field) = Cases.Single(c => c.Name == rule);
        await using var store = new CliStore(provider);
        var result = await store.RunAsync("import", store.WriteFile("bad.csv", $"{Header}\n{Good}\n{rows}\n"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"\nline {line}: {field}: ", "\n" + result.Stderr);
        Assert.Contains("nothing was written", result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.Equal(0, await store.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal(0, await store.QueryAsync(db => db.Items.CountAsync()));
        Assert.Equal(0, await store.QueryAsync(db => db.History.CountAsync()));
    }

    public static TheoryData<string, string, string> FileRules()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in Providers.All)
        {
            data.Add(provider, "recovery_id,item_id,category,colour\nr1,i1,missile,red\n", "line 1: header: Unknown column 'colour'");
            data.Add(provider, "recovery_id,item_id\nr1,i1\n", "line 1: header: Missing required column 'category'");
            data.Add(provider, "recovery_id,item_id,category\nr1,i1,missile\nr1,i\"2,missile\n", "line 3: csv: Malformed CSV");
            data.Add(provider, "recovery_id,item_id,category\nr1,i1,missile,extra\n", "line 2: csv: Record 2 (line 2) has 4 fields");
            data.Add(provider, "", "line 1: header: The file is empty");
        }
        return data;
    }

    [Theory, MemberData(nameof(FileRules))]
    public async Task Import_MalformedFile_ProblemNamedAndNothingWritten(string provider, string csv, string expected)
    {
        await using var store = new CliStore(provider);
        var result = await store.RunAsync("import", store.WriteFile("bad.csv", csv));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(expected, result.Stderr);
        Assert.Equal(0, await store.QueryAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task Import_SeveralBadRows_EveryOneReportedAndCounted()
    {
        await using var store = new CliStore(Providers.Sqlite);
        var csv = $"{Header}\n{Good}\nr1,i1,missile,,,XX,,,,,,,\nr2,i2,tank,,,UA,,,,,,,\n";
        var result = await store.RunAsync("import", store.WriteFile("bad.csv", csv));

        Assert.Contains("3 rows read: 1 accepted, 2 rejected.", result.Stderr);
        Assert.Contains("line 3: country: 'XX' is not an ISO 3166-1 alpha-2 country code.", result.Stderr);
        Assert.Contains("line 4: category: 'tank' is not a category", result.Stderr);
    }

    [Fact]
    public async Task Import_EscapeSequenceInCell_EchoedHarmlessly()
    {
        await using var store = new CliStore(Providers.Sqlite);
        var csv = "recovery_id,item_id,category,recovered_on\nr1,i1,missile,\u001b]0;pwned\u0007\u001b[2J2024\n";
        var result = await store.RunAsync("import", store.WriteFile("hostile.csv", csv));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2: recovered_on: '\\u001B]0;pwned\\u0007\\u001B[2J2024' is not a date", result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stderr);
        Assert.DoesNotContain('\u0007', result.Stderr);
    }
}
