using System.Diagnostics;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Decoding;

/// <summary>Runs the real <c>remnant</c> binary: decode writes only its result to stdout, needs no
/// database and creates nothing in the data directory.</summary>
public sealed class DecodeCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("remnant-cli-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static string CliPath()
    {
        // tests/Remnant.Web.Tests/bin/<config>/<tfm>/<rid>/ -> src/Remnant.Cli/bin/<config>/<tfm>/<rid>/remnant.dll
        var here = AppContext.BaseDirectory;
        var marker = Path.Combine("tests", "Remnant.Web.Tests") + Path.DirectorySeparatorChar;
        var path = here.Replace(marker, Path.Combine("src", "Remnant.Cli") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return Path.Combine(path, "remnant.dll");
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["REMNANT_DATA"] = Path.Combine(_data, "remnant-data");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "remnant decode did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Decode_113CountryKpJson_ExactShapeNoDatabase()
    {
        var (exit, stdout, _) = Run("decode", "113", "--country", "KP", "--json");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal(["marking", "interpretations", "rejected"], json.Select(p => p.Key).ToArray());
        var first = json["interpretations"]![0]!;
        Assert.Equal(("juche", "2024-01-01", "2024-12-31", "KP"), (first.Str("system"), first.Str("from"), first.Str("to"), first.Str("country")));
        Assert.False(string.IsNullOrWhiteSpace(first.Str("reason")));
        Assert.False(Directory.Exists(Path.Combine(_data, "remnant-data")), "decode must not create a database");
    }

    [Fact]
    public void Decode_KindHeadstampText_ReadableOutput()
    {
        var (exit, stdout, _) = Run("decode", "539 67", "--kind", "headstamp");

        Assert.Equal(0, exit);
        Assert.Contains("headstamp 1967-01-01..1967-12-31 RU", stdout);
    }

    [Fact]
    public void Decode_File_OneJsonLinePerMarking()
    {
        var file = Path.Combine(_data, "markings.csv");
        File.WriteAllText(file, "marking,country\n113,KP\n113,TW\n\"539 67\",\n");

        var (exit, stdout, stderr) = Run("decode", "--file", file, "--json");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["juche", "minguo", "headstamp"], lines.Select(l => l["interpretations"]![0]!.Str("system")).ToArray());
        Assert.Contains("3 marking(s)", stderr);
    }

    [Theory]
    [InlineData("--country", "SU")]
    [InlineData("--kind", "serial")]
    public void Decode_BadOption_Exit2MessageOnStderr(string option, string value)
    {
        var (exit, stdout, stderr) = Run("decode", "113", option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(option, stderr);
    }
}
