using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Decoding;

/// <summary>The demo case as a newcomer sees it: 113 on the actuators of the 18 Aug 2024 missile reads
/// Juche 2024, so the missile was produced at most 230 days before use; the Kharkiv missile's
/// newest component date code, 2310, puts its assembly not before 2023-03-06.</summary>
public abstract class DemoDatingTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("demo-item-2024-08-18-actuator-1")]
    [InlineData("demo-item-2024-08-18-missile")]
    public async Task Demo_Aug18Missile_113Is2024AtMost230Days(string itemId)
    {
        var dating = (await (await Client.GetAsync($"/api/v1/items/{itemId}")).ReadJson())["dating"]!;

        Assert.Equal("at most 230 days", dating["lag"]!.Str("wording"));
        Assert.Equal("2024-08-18", dating.Str("useDate"));
    }

    [Fact]
    public async Task Demo_Actuator_JucheReadingFirst()
    {
        var dating = (await (await Client.GetAsync("/api/v1/items/demo-item-2024-08-18-actuator-1")).ReadJson())["dating"]!;

        var marking = dating["markings"]![0]!;
        Assert.Equal(("113", "juche"), (marking.Str("text"), marking["interpretations"]![0]!.Str("system")));
        Assert.Equal(("2024-01-01", "2024-12-31"), (dating["productionWindow"]!.Str("from"), dating["productionWindow"]!.Str("to")));
    }

    [Fact]
    public async Task Demo_KharkivMissile_NotBefore20230306()
    {
        var dating = (await (await Client.GetAsync("/api/v1/items/demo-item-kharkiv-missile")).ReadJson())["dating"]!;

        Assert.Equal("2023-03-06", dating["assemblyNotBefore"]!.Str("notBefore"));
        Assert.Equal("demo-item-kharkiv-ic-b", dating["assemblyNotBefore"]!["determinedByIds"]!.AsArray()[^1]!.GetValue<string>());
    }

    [Fact]
    public async Task Demo_CaseDatingPage_ChartAndNewestDateCode()
    {
        var html = await Client.GetStringAsync("/cases/demo-dprk-2024");

        Assert.Contains("<svg", html);
        Assert.Contains("at most 230 days", html);
        Assert.Contains("2310", html);
        Assert.Contains("2023-03-06", html);
    }

    [Fact]
    public async Task Demo_CaseDatingPage_Arabic_LagInArabicWithNumberAgreement()
    {
        var html = await Client.GetStringAsync("/cases/demo-dprk-2024?culture=ar");
        // 230 takes the singular accusative in Arabic (230 يومًا); the English wording is left to the
        // case's own text (the demo's description is written in English).
        Assert.Contains("<td>230 يومًا على الأكثر</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>at most 230 days</td>", html, StringComparison.Ordinal);
    }
}

public class DemoSqliteFactory : SqliteFactory
{
    protected override bool SeedDemo => true;
}

public class DemoPostgresFactory : PostgresFactory
{
    protected override bool SeedDemo => true;
}

public sealed class DemoDatingTests_Sqlite(DemoSqliteFactory f) : DemoDatingTests(f), IClassFixture<DemoSqliteFactory>;

public sealed class DemoDatingTests_Postgres(DemoPostgresFactory f) : DemoDatingTests(f), IClassFixture<DemoPostgresFactory>;
