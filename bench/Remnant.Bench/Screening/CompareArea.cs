using System.Globalization;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Bench.Screening;

/// <summary><c>bench/run.sh screen-compare FILE</c>: scores each tab-separated name pair of FILE as
/// <c>remnant match-names</c> does and prints the explanation; for reading why a pair scored as it did.</summary>
public sealed class CompareArea : IBenchArea
{
    public string Name => "screen-compare";

    public Task<int> RunAsync(string[] args, bool quick)
    {
        foreach (var line in File.ReadLines(args[0]))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || line.StartsWith('#')) continue;
            var a = NameComparison.Compare(parts[0], parts[1]);
            var expected = parts.Length > 2 ? parts[2] : "?";
            var flag = expected == "?" ? " " : (a.Score >= NameComparison.DefaultThreshold) == (expected == "1") ? " " : "X";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{flag} {expected} {a.Score:0.000}  {parts[0]} | {parts[1]} :: {a.Describe()}"));
        }
        return Task.FromResult(0);
    }
}
