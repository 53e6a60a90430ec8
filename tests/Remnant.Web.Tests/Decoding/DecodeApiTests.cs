using System.Net;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Decoding;

public abstract class DecodeApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private async Task<JsonNode> DecodeOk(string query)
    {
        var response = await Client.GetAsync("/api/v1/decode?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task Decode_113WithKp_JucheFirstWithReason()
    {
        var result = await DecodeOk("marking=113&country=KP");

        Assert.Equal("113", result.Str("marking"));
        var first = result["interpretations"]![0]!;
        Assert.Equal(("juche", "2024-01-01", "2024-12-31", "KP", "high"),
            (first.Str("system"), first.Str("from"), first.Str("to"), first.Str("country"), first.Str("confidence")));
        Assert.Contains("Juche year 113 = 2024", first.Str("reason"));
        Assert.NotNull(result["rejected"]);
    }

    [Fact]
    public async Task Decode_113WithTw_MinguoFirst() =>
        Assert.Equal("minguo", (await DecodeOk("marking=113&country=tw"))["interpretations"]![0]!.Str("system"));

    [Theory]
    [InlineData("%E2%80%AE311", "U+202E")]
    [InlineData("%20%20", "empty")]
    [InlineData("XYZ07I006-004&kind=lot", "month letter I")]
    [InlineData("2153&kind=datecode", "52 ISO weeks")]
    public async Task Decode_BadMarking_200WithReasonsNoInterpretations(string query, string why)
    {
        var result = await DecodeOk("marking=" + query);

        Assert.Empty(result["interpretations"]!.AsArray());
        Assert.Contains(result["rejected"]!.AsArray(), r => r!.Str("reason").Contains(why));
    }

    [Fact]
    public async Task Decode_10000Characters_200WithReason()
    {
        var result = await DecodeOk("marking=" + new string('7', 10_000));

        Assert.Empty(result["interpretations"]!.AsArray());
        Assert.Contains("10000 characters", result["rejected"]![0]!.Str("reason"));
    }

    [Fact]
    public async Task Decode_NoMarking_400NamesMarking() =>
        Assert.Equal(["marking"], await (await Client.GetAsync("/api/v1/decode?country=KP")).InvalidFields());

    [Theory]
    [InlineData("marking=113&country=SU", "country")]
    [InlineData("marking=113&kind=serial", "kind")]
    [InlineData("marking=113&category=tank", "category")]
    public async Task Decode_BadContext_400NamesField(string query, string field) =>
        Assert.Equal([field], await (await Client.GetAsync("/api/v1/decode?" + query)).InvalidFields());

    [Fact]
    public async Task Decode_KnownMakerAndCategory_PicksFormat()
    {
        var result = await DecodeOk("marking=2001&maker=Texas%20Instruments&category=component&kind=datecode");

        var only = Assert.Single(result["interpretations"]!.AsArray())!;
        Assert.Equal(("yyww", "2019-12-30", "2020-01-05"), (only.Str("system"), only.Str("from"), only.Str("to")));
    }

    [Fact]
    public async Task OpenApi_ListsDecode() =>
        Assert.Contains("/api/v1/decode", await Client.GetStringAsync("/openapi/v1.json"));

    [Fact]
    public async Task ReferencePage_ListsTablesWithSourcesAndVerified()
    {
        var html = await Client.GetStringAsync("/reference");

        Assert.Contains("headstamps.csv", html);
        Assert.Contains("datecode-formats.csv", html);
        Assert.Contains("Yuryuzan", html);
        Assert.Contains("muzejniarcheologie.cz", html);
    }
}

public sealed class DecodeApiTests_Sqlite(SqliteFactory f) : DecodeApiTests(f), IClassFixture<SqliteFactory>;

public sealed class DecodeApiTests_Postgres(PostgresFactory f) : DecodeApiTests(f), IClassFixture<PostgresFactory>;
