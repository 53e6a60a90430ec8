using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Cli.Commands;

/// <summary><c>remnant match-names --file pairs.csv</c>: scores name pairs for calibration, with no
/// database; prints <c>query,candidate,score,match</c> in input order.</summary>
internal static class MatchNamesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Option<string>("--file") { Description = "A CSV file with columns query,candidate.", Required = true };
        var threshold = new Option<double?>("--threshold") { Description = $"Score at or above which a pair matches (default: Screening:PairThreshold, else {NameComparison.DefaultThreshold})." };
        var command = new Command("match-names", "Score query,candidate name pairs (no database needed).") { file, threshold };
        command.SetAction((parsed, ct) => RunAsync(environment, parsed.GetValue(file)!, parsed.GetValue(threshold) ?? ConfiguredThreshold(environment), ct));
        return command;
    }

    /// <summary>The configured threshold, read without opening the database.</summary>
    private static double ConfiguredThreshold(CliEnvironment environment) =>
        Remnant.Data.Sanctions.ScreeningSettings.From(CliHost.Configuration(environment)).PairThreshold;

    private static async Task<int> RunAsync(CliEnvironment environment, string path, double threshold, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new UsageException($"No such file: {path}");
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, SkipEmptyLines = false });
        var headers = csv.Headers;
        if (!headers.Contains("query") || !headers.Contains("candidate"))
            throw new UsageException($"{path} needs columns query,candidate (found: {string.Join(", ", headers)})");
        await using var writer = new StreamWriter(environment.Output, leaveOpen: true);
        await writer.WriteLineAsync("query,candidate,score,match");
        while (csv.Read())
        {
            ct.ThrowIfCancellationRequested();
            var query = csv.GetString("query") ?? "";
            var candidate = csv.GetString("candidate") ?? "";
            var score = ScreeningQuery.Parse(query).Succeeded && ScreeningQuery.Parse(candidate).Succeeded
                ? Math.Round(NameComparison.Compare(query, candidate).Score, 4) : 0;
            await writer.WriteLineAsync($"{Field(query)},{Field(candidate)},{score.ToString("0.####", CultureInfo.InvariantCulture)},{(score >= threshold ? "true" : "false")}");
        }
        return 0;
    }

    private static string Field(string s) => s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
