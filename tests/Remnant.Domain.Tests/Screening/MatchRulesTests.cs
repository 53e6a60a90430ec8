using System.Reflection;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Domain.Tests.Screening;

/// <summary>Every rule a comparison gives is one of <see cref="MatchRules.All"/>, which the pages in other
/// languages translate: checked on every pair of names the comparison tests hold.</summary>
public sealed class MatchRulesTests
{
    [Fact]
    public void Compare_EveryTestedPair_GivesOnlyListedRules()
    {
        var pairs = typeof(NameComparisonTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .Select(a => a.GetData(null!).Single())
            .Where(row => row.Length >= 2 && row[0] is string && row[1] is string)
            .Select(row => ((string)row[0], (string)row[1]))
            .ToList();
        Assert.True(pairs.Count > 100, $"only {pairs.Count} pairs found");

        var given = pairs.SelectMany(p => NameComparison.Compare(p.Item1, p.Item2).Pairs.Concat(NameComparison.Compare(p.Item2, p.Item1).Pairs))
            .SelectMany(p => MatchRules.Parts(p.Rule)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(given.Except(MatchRules.All));
        // The tests reach most rules, so the check has something to check.
        Assert.True(given.Count >= 15, "rules seen: " + string.Join(", ", given));
    }

    [Fact]
    public void All_Constants_EachListedOnce()
    {
        var constants = typeof(MatchRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Order(StringComparer.Ordinal), MatchRules.All.Order(StringComparer.Ordinal));
    }
}
