using Remnant.Data.Reference;
using Remnant.Domain.Embargo;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;

namespace Remnant.Data.Tests.Reference;

/// <summary>The embargo check against the shipped data/reference/embargoes.json: the worked cases of
/// DOMAIN.md section 5 and the regimes that changed over time.</summary>
public sealed class EmbargoCheckTests
{
    private static readonly Lazy<EmbargoChecker> Checker = new(() =>
    {
        var load = EmbargoesFile.Load();
        Assert.True(load.Succeeded, string.Join("; ", load.Errors));
        return new EmbargoChecker(load.Measures);
    });

    private static EmbargoAssessment Check(string? origin, string? recipient, ItemCategory category, string date, RecipientKind kind = RecipientKind.Unknown) =>
        Checker.Value.Check(new EmbargoQuery(origin is null ? null : CountryCode.Parse(origin), recipient is null ? null : CountryCode.Parse(recipient),
            category, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind));

    [Fact]
    public void Check_DprkRifleExportedMarch2009_EngagesNothing() =>
        Assert.True(Check("KP", "SY", ItemCategory.SmallArm, "2009-03-15").Clear);

    [Fact]
    public void Check_DprkRifleExported2010_Engages1874AllArmsExportBan()
    {
        var a = Check("KP", "SY", ItemCategory.SmallArm, "2010-03-15");
        Assert.Contains(a.Findings, f => f.Measure.Resolution == 1874 && f.Direction == EmbargoDirection.ExportFrom && f.Measure.Effect == EmbargoEffect.Prohibited);
        Assert.DoesNotContain(a.Findings, f => f.Measure.Resolution == 1718);
    }

    [Fact]
    public void Check_SmallArmsSuppliedToDprk2015_NeededPriorNotification()
    {
        var a = Check("RU", "KP", ItemCategory.SmallArm, "2015-06-01");
        var f = Assert.Single(a.Findings);
        Assert.Equal(1874, f.Measure.Resolution);
        Assert.Equal(EmbargoEffect.PriorNotification, f.Measure.Effect);
        Assert.Contains("required prior notification", a.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016-03-01", EmbargoEffect.PriorNotification, 1874)]
    [InlineData("2016-03-02", EmbargoEffect.Prohibited, 2270)]
    [InlineData("2019-01-01", EmbargoEffect.Prohibited, 2270)]
    public void Check_SmallArmsSuppliedToDprk_BannedFrom2March2016(string date, EmbargoEffect effect, int resolution)
    {
        var a = Check(null, "KP", ItemCategory.SmallArm, date);
        Assert.Contains(a.Findings, f => f.Measure.Effect == effect && f.Measure.Resolution == resolution);
        Assert.DoesNotContain(a.Findings, f => f.Measure.Effect != effect);
    }

    [Fact]
    public void Check_DprkMissileInUkraine2024_WordedWithCitations()
    {
        var a = Check("KP", "UA", ItemCategory.Missile, "2024-08-15");
        Assert.StartsWith("DPRK-made missile recovered in or delivered to Ukraine, August 2024: export from the DPRK is prohibited by resolution 1718 (2006) para 8(b)", a.Summary, StringComparison.Ordinal);
        Assert.Contains("1874 (2009) para 9", a.Summary, StringComparison.Ordinal);
        Assert.Contains("does not establish that a transfer took place", a.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneTransfer_WordedByTheHoldersCountriesNotAsMadeThere()
    {
        var a = Checker.Value.Check(new EmbargoQuery(CountryCode.Parse("KP"), CountryCode.Parse("RU"), ItemCategory.SmallArm, new DateOnly(2023, 9, 1), IsTransfer: true));
        Assert.StartsWith("Small arm transferred from a holder in the DPRK to a holder in Russia, September 2023: export from the DPRK is prohibited by", a.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("-made", a.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-06-01", RecipientKind.State, 733)]
    [InlineData("2024-06-01", RecipientKind.NonStateArmedGroup, 2713)]
    public void Check_Somalia_GovernmentLiftedDec2023AlShabaabStillCovered(string date, RecipientKind kind, int resolution) =>
        Assert.Contains(Check(null, "SO", ItemCategory.SmallArm, date, kind).Findings, f => f.Measure.Resolution == resolution);

    [Fact]
    public void Check_SomaliaGovernment2024_Clear()
    {
        Assert.True(Check(null, "SO", ItemCategory.SmallArm, "2024-06-01", RecipientKind.State).Clear);
        var unknown = Check(null, "SO", ItemCategory.SmallArm, "2024-06-01");
        Assert.All(unknown.Findings, f => Assert.True(f.Conditional));
        Assert.Contains("if the recipient is al-Shabaab", unknown.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01", RecipientKind.State, false)]
    [InlineData("2024-08-01", RecipientKind.State, true)]
    [InlineData("2024-08-01", RecipientKind.NonStateArmedGroup, false)]
    public void Check_Car_GovernmentLifted2024ArmedGroupsCovered(string date, RecipientKind kind, bool clear) =>
        Assert.Equal(clear, Check(null, "CF", ItemCategory.Ammunition, date, kind).Clear);

    [Theory]
    [InlineData("2012-01-01", 1929, EmbargoEffect.Prohibited)]
    [InlineData("2017-01-01", 2231, EmbargoEffect.PriorApproval)]
    [InlineData("2025-10-01", 1929, EmbargoEffect.Prohibited)]
    public void Check_MissileToIran_OverTime(string date, int resolution, EmbargoEffect effect) =>
        Assert.Contains(Check(null, "IR", ItemCategory.Missile, date).Findings, f => f.Measure.Resolution == resolution && f.Measure.Effect == effect);

    [Fact]
    public void Check_IranBetween2023And2025_NothingThenReimpositionMarkedContested()
    {
        Assert.True(Check(null, "IR", ItemCategory.Missile, "2024-06-01").Clear);
        var after = Check(null, "IR", ItemCategory.Missile, "2025-10-01");
        Assert.All(after.Findings, f => Assert.NotNull(f.Measure.Contested));
        Assert.Contains("[contested]", after.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ListedPersonAnywhere_1267Ban()
    {
        var a = Check(null, "SY", ItemCategory.SmallArm, "2020-01-01", RecipientKind.ListedPerson);
        Assert.Contains(a.Findings, f => f.Measure.Target == EmbargoTarget.ListedPersons && f.Measure.Country is null);
        Assert.True(Check(null, "SY", ItemCategory.SmallArm, "2020-01-01").Clear);
    }

    [Theory]
    [InlineData(ItemCategory.Packaging)]
    [InlineData(ItemCategory.Document)]
    public void Check_NonArms_NeverEngaged(ItemCategory category) => Assert.True(Check("KP", "KP", category, "2020-01-01").Clear);

    [Fact]
    public void Data_EveryRegimeOfTheIssue_IsRecorded()
    {
        var resolutions = Checker.Value.Measures.Select(m => m.Resolution).ToHashSet();
        foreach (var r in new[] { 1718, 1874, 2270, 2321, 2397, 1737, 1747, 1929, 2231, 1970, 1556, 1591, 2428, 2127, 2745, 1493, 733, 2713, 2216, 2653, 1988, 2734 })
            Assert.Contains(r, resolutions);
        Assert.Contains(Checker.Value.Measures, m => !m.Verified);
    }
}
