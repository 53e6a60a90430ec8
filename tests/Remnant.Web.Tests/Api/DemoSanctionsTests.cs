using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Remnant.Web.Tests.Decoding;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

/// <summary>The demo's first start imports the list releases of a folder (run.sh gives data/sanctions), so that
/// screening works at once: the newest release of each list, other files skipped without stopping the start.</summary>
public sealed class DemoSanctionsTests(DemoSanctionsTests.Factory factory) : IClassFixture<DemoSanctionsTests.Factory>
{
    [Fact]
    public async Task FirstStart_ListsInFolder_NewestOfEachImported()
    {
        var snapshots = (await factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/v1/sanctions/snapshots"))!;
        var found = snapshots.Select(s => s!).Select(s => (Source: s.Str("list"), Date: s.Str("generatedAt")[..10], File: s.Str("fileName"))).ToList();

        // One UN snapshot, the 2024 release, not the older copy; OFAC's XML beside it; the note is no list.
        Assert.Equal([("ofac", "2018-04-06", "ofac_cons_nonsdn_2018-04-06.xml"), ("un", "2024-09-26", "un_consolidated_2024-09-26.xml")],
            found.Order());
    }

    [Fact]
    public async Task FirstStart_Screen_FindsListedName()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/screen", new { name = "Korea Mining Development Trading Corporation" });
        var body = (await response.ReadJson())!;
        var first = body["matches"]!.AsArray()[0]!;
        Assert.Equal("un", first.Str("list"));
        Assert.True(first["match"]!.GetValue<bool>(), first.ToJsonString());
    }

    public sealed class Factory : DemoSqliteFactory
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("remnant-demo-lists-").FullName;

        public Factory()
        {
            var un = SharedSanctions.File("un_consolidated_2024-09-26.xml");
            File.Copy(un, Path.Combine(_folder, "un_consolidated_2024-09-26.xml"));
            // An older UN release: the same file dated a year earlier.
            File.WriteAllText(Path.Combine(_folder, "un_consolidated_2023-09-26.xml"),
                File.ReadAllText(un).Replace("dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated='2023-09-26T00:00:07.514Z'", StringComparison.Ordinal));
            File.Copy(SharedSanctions.File("ofac_cons_nonsdn_2018-04-06.xml"), Path.Combine(_folder, "ofac_cons_nonsdn_2018-04-06.xml"));
            File.WriteAllText(Path.Combine(_folder, "notes.csv"), "what,why\nnot,a list\n");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Remnant:DemoSanctionsFolder", _folder);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
