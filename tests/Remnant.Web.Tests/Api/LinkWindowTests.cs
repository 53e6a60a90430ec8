using Microsoft.AspNetCore.Hosting;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

/// <summary>A web app whose serial-sequence window is set to 10 through configuration.</summary>
public sealed class NarrowLinkWindowFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Links:SerialWindow", "10");
    }
}

public sealed class LinkWindowTests(NarrowLinkWindowFactory factory) : ApiTestBase(factory), IClassFixture<NarrowLinkWindowFactory>
{
    private async Task<string> Rifle(string serial) =>
        (await Client.PostOk("/api/v1/items", new { recoveryId = (await Seed.Recovery(Client)).Str("id"), category = "small-arm", model = "AK-74", serialNumber = serial })).Str("id");

    private async Task<List<string>> SequenceLinks(string id) =>
        (await (await Client.GetAsync($"/api/v1/items/{id}/related")).ReadJson()).AsArray()
            .Where(r => r!.Str("kind") == "serial-sequence").Select(r => r!["item"]!.Str("id")).ToList();

    [Fact]
    public async Task SerialWindow_FromConfiguration_LinksOnlyWithinIt()
    {
        var first = await Rifle("KM7700100");
        var near = await Rifle("KM7700108");   // 8 apart: inside a window of 10
        var far = await Rifle("KM7700129");    // 29 apart: inside the default 100, outside 10
        Assert.Equal([near], await SequenceLinks(first));
        Assert.DoesNotContain(first, await SequenceLinks(far));
    }
}
