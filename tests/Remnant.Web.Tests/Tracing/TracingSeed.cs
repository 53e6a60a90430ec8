using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Remnant.Web.Tests.Api;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Tracing;

/// <summary>Parties, items and transfers for the tracing suites, made through the API.</summary>
internal static class TracingSeed
{
    public static async Task<string> Party(HttpClient client, string name, string kind = "company", string? country = null, string[]? roles = null) =>
        (await client.PostOk("/api/v1/parties", new { kind, name, country, roles })).Str("id");

    /// <summary>Parties named by letter (A, B, C...), each a company unless told.</summary>
    public static async Task<Dictionary<string, string>> Parties(HttpClient client, params string[] letters)
    {
        var ids = new Dictionary<string, string>();
        foreach (var letter in letters) ids[letter] = await Party(client, $"Party {letter} {Guid.NewGuid():N}"[..20]);
        return ids;
    }

    /// <summary>An item in a recovery of 18 Aug 2024.</summary>
    public static async Task<string> Item(HttpClient client, string? serial = null, string? lot = null) =>
        (await Seed.Item(client, (await Seed.Recovery(client)).Str("id"), "small-arm", serialNumber: serial, lotNumber: lot)).Str("id");

    public static object Transfer(string from, string to, string start, string[]? itemIds = null, string? end = null, string? lotNumber = null,
        string? serialFrom = null, string? serialTo = null, string confidence = "confirmed") =>
        new { fromPartyId = from, toPartyId = to, startDate = start, endDate = end, itemIds, lotNumber, serialFrom, serialTo, source = "document", confidence };

    public static async Task<string> PostTransfer(HttpClient client, object body) => (await client.PostOk("/api/v1/transfers", body)).Str("id");

    public static async Task<int> TransferCount(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/transfers?pageSize=1&includeRetracted=true")).ReadJson())["total"]!.GetValue<int>();

    public static async Task<JsonNode> Chain(HttpClient client, string itemId) =>
        await (await client.GetAsync($"/api/v1/items/{itemId}/chain")).ReadJson();

    public static async Task<string> Trace(HttpClient client, string recipient, params string[] itemIds) =>
        (await client.PostOk("/api/v1/traces", new { recipientPartyId = recipient, reference = "TR-" + Guid.NewGuid().ToString("N")[..6], itemIds })).Str("id");

    public static Task<HttpResponseMessage> Step(HttpClient client, string traceId, string step, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/traces/{traceId}/{step}", body ?? new { });

    public static string Day(int daysFromToday) => DateOnly.FromDateTime(FixedClock.Default.UtcDateTime).AddDays(daysFromToday).ToString("yyyy-MM-dd");
}
