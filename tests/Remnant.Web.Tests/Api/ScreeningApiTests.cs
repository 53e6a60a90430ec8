using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Sanctions;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

/// <summary>Screening over HTTP, against the real UN release in data/sanctions imported into
/// the test's own database.</summary>
public abstract class ScreeningApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private static readonly Lazy<ListSnapshot> Un = new(() =>
    {
        var result = SanctionsFile.Import(SharedSanctions.File("un_consolidated_2024-09-26.xml"));
        Assert.True(result.Succeeded, result.Describe());
        return result.Snapshot!;
    });

    /// <summary>Stores the release the way the CLI does, from outside the web app: the app must notice
    /// the new snapshot by itself (no refresh is called here).</summary>
    private async Task ImportAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        await SanctionsStore.ImportAsync(db, Un.Value, "tester", Factory.Clock.GetUtcNow(), "un.xml", null, CancellationToken.None);
    }

    [Fact]
    public async Task PartySaved_AfterListImported_FlaggedWithTheListingOnItsPage()
    {
        await ImportAsync();
        var party = await Client.PostOk("/api/v1/parties", new { kind = "company", name = "Korea Mining Development Trading Corp.", country = "KP" });
        var page = await Client.GetStringAsync($"/parties/{party.Str("id")}");
        Assert.Contains("/sanctions/un/", page, StringComparison.Ordinal);
        Assert.Contains("KPe.001", page, StringComparison.Ordinal);

        var unrelated = await Client.PostOk("/api/v1/parties", new { kind = "company", name = "Mitsubishi Heavy Industries", country = "JP" });
        Assert.DoesNotContain("/sanctions/un/", await Client.GetStringAsync($"/parties/{unrelated.Str("id")}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartyFlag_ConfirmedOnItsPage_ShownAtOnceAndKept()
    {
        await ImportAsync();
        var party = (await Client.PostOk("/api/v1/parties", new { kind = "company", name = "Korea Mining Development Trading Corp.", country = "KP" })).Str("id");
        var page = await Client.GetStringAsync($"/parties/{party}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var stableId = System.Text.RegularExpressions.Regex.Match(page, "name=\"stableId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.NotEmpty(stableId);
        var response = await Client.PostAsync($"/parties/{party}/screening/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["list"] = "un", ["stableId"] = stableId,
            ["decision"] = "true-match", ["note"] = "same company, same address",
        }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Contains("(confirmed by an analyst)", await Client.GetStringAsync($"/parties/{party}"), StringComparison.Ordinal);
        var kept = await QueryAsync(db => db.ScreeningDecisions.Where(d => d.Subject == "party:" + party).ToListAsync());
        Assert.Equal("same company, same address", Assert.Single(kept).Note);

        // A flag the party does not have is not decided on, whatever the form says.
        var forged = await Client.PostAsync($"/parties/{party}/screening/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["list"] = "un", ["stableId"] = "999999", ["decision"] = "false-positive",
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task ScreenPage_HitRuledOut_ShownWhenTheNameIsScreenedAgain()
    {
        await ImportAsync();
        var url = "/screen?name=" + Uri.EscapeDataString("Ch’oe Ch’un-sik") + "&schema=Person";
        var page = await Client.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var stableId = System.Text.RegularExpressions.Regex.Match(page, "name=\"stableId\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await Client.PostAsync("/screen/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["name"] = "Ch’oe Ch’un-sik", ["schema"] = "Person",
            ["list"] = "un", ["stableId"] = stableId, ["decision"] = "false-positive",
        }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        // Screened again with other spacing and case: the same name, the decision shown; the API returns it too.
        Assert.Contains("ruled out by an analyst", await Client.GetStringAsync("/screen?name=" + Uri.EscapeDataString("CH’OE  CH’UN-SIK")), StringComparison.Ordinal);
        using var api = JsonDocument.Parse(await (await Client.PostAsJsonAsync("/api/v1/screen", new { name = "Ch’oe Ch’un-sik" })).Content.ReadAsStringAsync());
        Assert.Equal("false-positive", api.RootElement.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("stableId").GetString() == stableId).GetProperty("decision").GetString());

        var forged = await Client.PostAsync("/screen/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["name"] = "x y", ["list"] = "un", ["stableId"] = "999999", ["decision"] = "true-match",
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task PartyFlag_RuledOutThroughTheApi_ShownOnThePageAtOnce()
    {
        await ImportAsync();
        var party = (await Client.PostOk("/api/v1/parties", new { kind = "company", name = "Korea Mining Development Trading Corp.", country = "KP" })).Str("id");
        var flag = await QueryAsync(db => db.PartyScreeningFlags.FirstAsync(f => f.PartyId == party));
        var response = await Client.PostAsJsonAsync("/api/v1/sanctions/decisions", new { subject = "party:" + party, list = flag.Source, stableId = flag.StableId, decision = "false-positive" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("(ruled out by an analyst)", await Client.GetStringAsync($"/parties/{party}"), StringComparison.Ordinal);
    }

    private async Task<T> QueryAsync<T>(Func<RemnantDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<RemnantDbContext>());
    }

    [Fact]
    public async Task ScreenPage_CountryAndBirthYear_ComparedAndExplained()
    {
        await ImportAsync();
        var name = Uri.EscapeDataString("Ch’oe Ch’un-sik");
        async Task<string> Page(string query) => WebUtility.HtmlDecode(await Client.GetStringAsync($"/screen?name={name}&{query}"));
        var html = await Page("country=KP");
        Assert.Contains("KPi.013", html, StringComparison.Ordinal);
        Assert.Contains("country +0.03 (shares KP)", html, StringComparison.Ordinal);
        Assert.Contains("country -0.05 (JP not among KP)", await Page("country=Japan"), StringComparison.Ordinal);
        Assert.Contains("Year of birth: must be a year of four digits.", await Page("born=19x4"), StringComparison.Ordinal);
        Assert.Contains("Year of birth: must be between 1850 and 2100.", await Page("born=1700"), StringComparison.Ordinal);
        Assert.Contains("Country (name or code): 'Atlantis' is not a known country.", await Page("country=Atlantis"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_McCuneSpelling_FindsTheListing()
    {
        await ImportAsync();
        var response = await Client.PostAsJsonAsync("/api/v1/screen", new { name = "Ch’oe Ch’un-sik", schema = "Person" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var top = doc.RootElement.GetProperty("matches")[0];
        Assert.Equal("KPi.013", top.GetProperty("reference").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.Contains("choe=choe", top.GetProperty("explanation").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("snapshots").EnumerateArray());
    }

    [Fact]
    public async Task ScreenPage_Arabic_ExplainsTheHitInArabic()
    {
        await ImportAsync();
        var html = await Client.GetStringAsync("/screen?culture=ar&name=" + Uri.EscapeDataString("Ch’oe Ch’un-sik"));
        Assert.Contains("KPi.013", html, StringComparison.Ordinal);
        Assert.Contains("choe=choe", html, StringComparison.Ordinal);
        Assert.Contains("جودة الاسم", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aliasQuality", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingPage_Arabic_KindQualityAndCountryInArabic_ListTextAsWritten()
    {
        await ImportAsync();
        var html = await Client.GetStringAsync("/sanctions/un/690735?culture=ar");
        Assert.Contains("KPe.001", html, StringComparison.Ordinal);
        Assert.Contains("منظمة", html, StringComparison.Ordinal);
        Assert.Contains("(الاسم الرئيسي)", html, StringComparison.Ordinal);
        Assert.Contains("كوريا الشمالية", html, StringComparison.Ordinal);
        Assert.Contains("Primary arms dealer", html, StringComparison.Ordinal);
        var english = await Client.GetStringAsync("/sanctions/un/690735");
        Assert.Contains("(Primary)", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_Api_FeaturesKeepTheirEnglishShape()
    {
        await ImportAsync();
        var response = await Client.PostAsJsonAsync("/api/v1/screen", new { name = "Ch’oe Ch’un-sik", schema = "Person" });
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var quality = doc.RootElement.GetProperty("matches")[0].GetProperty("features").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "aliasQuality");
        Assert.StartsWith("Good: ", quality.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(quality.TryGetProperty("detailFormat", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("!!! ???")]
    [InlineData("Kim\u0007Jong")]
    [InlineData("Corp Ltd")]
    public async Task Screen_BadName_400NamingTheField(string name)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/screen", new { name });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Screen_TenThousandCharacters_400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/screen", new { name = new string('k', 10_000) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Screen_UnknownListAndSchema_400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/screen", new { name = "Kim Jong Nam", schema = "Planet", lists = new[] { "xx" } });
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty("schema", out _));
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty("lists", out _));
    }

    [Fact]
    public async Task Match_YenteShape_ResponsesByKey()
    {
        await ImportAsync();
        var body = new { queries = new { q1 = new { schema = "Company", properties = new { name = new[] { "Korea Mining Development Trading Corporation" } } } } };
        var response = await Client.PostAsJsonAsync("/match/default", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var q1 = doc.RootElement.GetProperty("responses").GetProperty("q1");
        Assert.Equal("Company", q1.GetProperty("query").GetProperty("schema").GetString());
        Assert.True(q1.GetProperty("total").GetProperty("value").GetInt32() >= 1);
        var result = q1.GetProperty("results")[0];
        foreach (var field in new[] { "id", "caption", "schema", "properties", "datasets", "score", "match", "features" })
            Assert.True(result.TryGetProperty(field, out _), field);
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", result.GetProperty("caption").GetString());
        Assert.True(result.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Match_UnknownDataset_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync("/match/nowhere", new { queries = new { } })).StatusCode);

    [Fact]
    public async Task Match_EmptyName_400NamingTheQuery()
    {
        var body = new { queries = new { a = new { schema = "Person", properties = new { name = new[] { "" } } } } };
        var response = await Client.PostAsJsonAsync("/match/default", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("queries.a.properties.name", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(20_000)]
    public async Task Match_NoneOrTooManyQueries_400NamingQueries(int count)
    {
        var queries = new Dictionary<string, object>();
        for (var i = 0; i < count; i++) queries[$"q{i}"] = new { schema = "Person", properties = new { name = new[] { "Kim Jong Un" } } };
        var response = await Client.PostAsJsonAsync("/match/default", new { queries });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("queries", out _));
    }

    [Fact]
    public async Task Snapshots_AfterImport_ListedWithCounts()
    {
        await ImportAsync();
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/api/v1/sanctions/snapshots"));
        var un = doc.RootElement.EnumerateArray().Single(s => s.GetProperty("list").GetString() == "un");
        Assert.Equal(875, un.GetProperty("parties").GetInt32());
        Assert.True(un.GetProperty("latest").GetBoolean());
    }
}

public sealed class ScreeningApiTests_Sqlite(SqliteFactory f) : ScreeningApiTests(f), IClassFixture<SqliteFactory>;

public sealed class ScreeningApiTests_Postgres(PostgresFactory f) : ScreeningApiTests(f), IClassFixture<PostgresFactory>;

/// <summary>Finds a real list file: the repository copy in data/sanctions, else shared/data/sanctions beside the clone.</summary>
internal static class SharedSanctions
{
    public static string File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // The copy in the repository (data/sanctions), else shared/ beside the clone.
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "data", "sanctions", name), Path.Combine(dir.FullName, "shared", "data", "sanctions", name) })
                if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"data/sanctions/{name} (or shared/data/sanctions/{name}) was not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The screening pages render, server side, for a name in its own script.</summary>
public abstract class ScreeningPageTests(RemnantFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task ScreenPage_BadName_SaysWhy()
    {
        var html = await Client.GetStringAsync("/screen?name=%21%21%21");
        Assert.Contains("The name cannot be screened", html);
    }

    [Fact]
    public async Task ScreenPage_BadName_SaysWhyInArabic()
    {
        var html = await Client.GetStringAsync("/screen?name=%21%21%21&culture=ar");
        Assert.Contains("لا يمكن فحص الاسم:", html);
        Assert.Contains("لا يحتوي على حروف (علامات ترقيم أو أرقام أو رموز فقط)", html);
        Assert.DoesNotContain("has no letters", html);
    }

    [Fact]
    public async Task ScreenPage_LongName_ArabicReasonCarriesTheLimit()
    {
        var html = await Client.GetStringAsync("/screen?culture=ar&name=" + new string('a', 301));
        Assert.Contains("أطول من 300 حرفًا", html);
    }

    [Fact]
    public async Task SanctionsPage_NothingImported_SaysSo()
    {
        var html = await Client.GetStringAsync("/sanctions");
        Assert.Contains("No sanctions list has been imported yet.", html);
    }

    [Fact]
    public async Task ListingPage_Unknown_NotFoundText()
    {
        var html = await Client.GetStringAsync("/sanctions/un/0");
        Assert.Contains("Listing not found", html);
    }
}

public sealed class ScreeningPageTests_Sqlite(SqliteFactory f) : ScreeningPageTests(f), IClassFixture<SqliteFactory>;
