using System.Text.Json.Nodes;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

/// <summary>Creates the records most tests start from, through the API itself.</summary>
internal static class Seed
{
    public static async Task<string> Case(HttpClient client, string title = "Test case") =>
        (await client.PostOk("/api/v1/cases", new { title })).Str("id");

    public static async Task<JsonNode> Recovery(HttpClient client, string? caseId = null) =>
        await client.PostOk("/api/v1/recoveries", new
        {
            caseId, latitude = 50.6, longitude = 30.5, country = "ua", placeName = "North of Kyiv",
            recoveredOn = "2024-08-18", documentedOn = "2024-08-20", circumstances = "Strike of 18 Aug 2024",
        });

    public static async Task<JsonNode> Item(HttpClient client, string recoveryId, string category = "missile", string? parentItemId = null,
        string? serialNumber = null, string? lotNumber = null) =>
        await client.PostOk("/api/v1/items", new { recoveryId, category, parentItemId, serialNumber, lotNumber, model = "KN-23" });
}
