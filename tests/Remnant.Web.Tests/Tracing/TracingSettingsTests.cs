using System.Net;
using Microsoft.AspNetCore.Hosting;
using Remnant.Web.Tests.Infrastructure;
using static Remnant.Web.Tests.Tracing.TracingSeed;

namespace Remnant.Web.Tests.Tracing;

/// <summary>The app on SQLite with <c>Tracing:ReminderDays</c> set.</summary>
public class ReminderDaysFactory(string days) : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tracing:ReminderDays", days);
    }
}

public sealed class SevenDayReminderFactory() : ReminderDaysFactory("7");

public sealed class TracingSettingsTests(SevenDayReminderFactory factory) : ApiTestBase(factory), IClassFixture<SevenDayReminderFactory>
{
    [Fact]
    public async Task ReminderDays_Configured_UsedForDueDateAndPage()
    {
        var trace = await Trace(Client, await Party(Client, "Maker"), await Item(Client));
        var sent = await (await Step(Client, trace, "send", new { sentOn = Day(-8) })).ReadJson();
        Assert.Equal(Day(-1), sent.Str("reminderDueOn"));
        Assert.True(sent["overdue"]!.GetValue<bool>());
        Assert.Contains("A reminder falls due 7 days", await Client.GetStringAsync("/traces"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("thirty")]
    [InlineData("4000")]
    public void ReminderDays_Invalid_AppRefusesToStart(string days)
    {
        using var bad = new ReminderDaysFactory(days);
        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());
        Assert.Contains("Tracing:ReminderDays", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WithSetting_Ready() => Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health")).StatusCode);
}
