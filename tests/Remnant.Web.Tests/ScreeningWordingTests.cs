using Microsoft.Extensions.Localization;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;
using Remnant.Web.Features.Screening;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests;

/// <summary>A screening hit's explanation on the Arabic pages names its rules in Arabic: every rule the
/// matcher can give has a resource, and real comparisons worded in Arabic keep no English rule word.</summary>
public sealed class ScreeningWordingTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    public static TheoryData<string> Rules() => [.. MatchRules.All];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_EveryMatcherRule_HasArabic(string rule)
    {
        var found = InArabic(L => L["rule: " + rule]);
        Assert.False(found.ResourceNotFound, $"No Arabic for the rule '{rule}'");
        Assert.Contains(found.Value, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Theory]
    // Spelling with a feminine ending; a consonant left out beside agreeing words; consonants across scripts;
    // a noun and its adjective; Sayyid spelled two ways.
    [InlineData("AZIZAT, Sa'id Yusif", "AZIZAH, Sa'id Yusif")]
    [InlineData("Peez Garcia Mora", "Perez Garcia Mora")]
    [InlineData("سعد الحريري", "Saad Hariri")]
    [InlineData("RAHMAH CHARITY ORGANIZATION", "RAHMAH CHARITABLE ORGANIZATION")]
    [InlineData("Seyed Hossein Mousavi", "Sayyid Hossein Mousavi")]
    public void Pairs_InArabic_NoEnglishRuleWord(string query, string candidate)
    {
        var pairs = NameComparison.Compare(query, candidate).Pairs;
        var rules = pairs.Where(p => p.Similarity < 0.999).SelectMany(p => MatchRules.Parts(p.Rule)).ToList();
        Assert.NotEmpty(rules);
        var text = InArabic(L => ScreeningWording.Pairs(L, pairs));
        // Every part of a rule, not only the first after the bracket ("spelling, consonant left out").
        foreach (var rule in rules)
        {
            Assert.Contains(rule, MatchRules.All);
            Assert.DoesNotContain(rule, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_FamilyNameNotMet_InArabic()
    {
        var party = new ListedParty(ListSource.Un, "1", "KPi.1", PartySchema.Person, new PartyName("NORIEGA, Manuel Antonio", AliasQuality.Primary), []);
        var query = ScreeningQuery.Parse("Manuel Antonio").Query!;
        var alignment = NameComparison.Compare(query.Name, party.PrimaryName);
        var hit = MatchScoring.Score(query, party, party.Names[0], alignment, 0.83);
        Assert.Contains(hit.Features, f => f.Name == "familyName");
        var text = InArabic(L => ScreeningWording.Explain(L, hit));
        Assert.Contains("لم ترد أي كلمة من اسم عائلة NORIEGA, Manuel Antonio", text, StringComparison.Ordinal);
        Assert.DoesNotContain("familyName", text, StringComparison.Ordinal);
    }

    private T InArabic<T>(Func<IStringLocalizer, T> read) => factory.InCulture("ar", read);
}
