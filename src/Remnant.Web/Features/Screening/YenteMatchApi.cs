using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Sanctions.Store;
using Remnant.Data.Storage;
using Remnant.Domain.Screening;
using Remnant.Domain.Screening.Matching;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Screening;

/// <summary>
/// <c>POST /match/{dataset}</c> in the shape of OpenSanctions' yente, so existing yente clients work
/// unchanged: FollowTheMoney-shaped queries in <c>{"queries": {"key": {"schema", "properties"}}}</c>,
/// answered as <c>{"responses": {"key": {"query", "total", "results": [{"id", "caption", "schema",
/// "properties", "datasets", "score", "match", "features"}]}}}</c>. Datasets: <c>default</c> or
/// <c>sanctions</c> (every list), <c>un</c>, <c>ofac</c>, <c>eu</c>.
/// </summary>
internal static class YenteMatchApi
{
    private static readonly Dictionary<string, ListSource?> Datasets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["default"] = null, ["sanctions"] = null, ["un"] = ListSource.Un, ["un_sc_sanctions"] = ListSource.Un,
        ["ofac"] = ListSource.Ofac, ["us_ofac_sdn"] = ListSource.Ofac, ["eu"] = ListSource.Eu, ["eu_fsf"] = ListSource.Eu,
    };

    private const int MaxQueries = 100;

    public static void MapYenteMatchApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/match/{dataset}", MatchAsync).WithTags("Screening").DisableAntiforgery();

    private static async Task<Results<Ok<JsonObject>, ValidationProblem, ProblemHttpResult>> MatchAsync(string dataset, JsonElement body, RemnantDbContext db,
        SanctionsIndex index, IOptions<RemnantOptions> options, Remnant.Data.Sanctions.ScreeningSettings settings, TimeProvider clock, CancellationToken ct,
        double? threshold = null, int? limit = null)
    {
        if (!Datasets.TryGetValue(dataset, out var list))
            return TypedResults.Problem(statusCode: 404, title: "Dataset not found.", detail: $"Known datasets: {string.Join(", ", Datasets.Keys)}.");
        var errors = new ValidationErrors();
        if (threshold is < 0 or > 1) errors.Add("threshold", "Must be between 0 and 1.");
        if (limit is < 1 or > 100) errors.Add("limit", "Must be between 1 and 100.");
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
            return ApiProblems.Invalid("queries", "Must be an object of named queries.");
        // Counted before any is parsed: a body of thousands of queries is refused without the work.
        var count = queries.EnumerateObject().Count();
        if (count == 0) return ApiProblems.Invalid("queries", "Must hold at least one query.");
        if (count > MaxQueries) return ApiProblems.Invalid("queries", $"At most {MaxQueries} queries per request.");
        var parsed = new List<(string Key, JsonElement Raw, ScreeningQuery? Query)>();
        foreach (var q in queries.EnumerateObject())
        {
            var parse = Parse(q.Value);
            if (!parse.Succeeded) errors.Add($"queries.{q.Name}.properties.{(parse.Field == "name" ? "name" : parse.Field)}", parse.Reason + ".");
            parsed.Add((q.Name, q.Value, parse.Query));
        }
        if (!errors.IsValid) return ApiProblems.Invalid(errors);

        await index.EnsureAsync(db, ct);
        var screening = new ScreeningOptions
        {
            Threshold = threshold ?? settings.Threshold, Limit = limit ?? 5,
            Filter = list is null ? null : (p, _) => p.Source == list,
        };
        var responses = new JsonObject();
        var screened = await index.ScreenAndLogAsync(db, [.. parsed.Select(p => p.Query)], screening, options.Value.Operator, "yente", clock.GetUtcNow(), ct);
        for (var i = 0; i < parsed.Count; i++)
        {
            var (key, raw, _) = parsed[i];
            var result = screened[i];
            var results = new JsonArray();
            foreach (var m in result?.Matches ?? []) results.Add(Result(m));
            responses[key] = new JsonObject
            {
                ["query"] = JsonNode.Parse(raw.GetRawText()),
                ["total"] = new JsonObject { ["value"] = results.Count, ["relation"] = "eq" },
                ["results"] = results,
            };
        }
        return TypedResults.Ok(new JsonObject { ["responses"] = responses, ["limit"] = screening.Limit });
    }

    private static QueryParse Parse(JsonElement q)
    {
        if (q.ValueKind != JsonValueKind.Object || !q.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
            return ScreeningQuery.Parse(null);
        var schemaText = q.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        PartySchema? schema = PartySchemas.TryParse(schemaText, out var sc) ? sc : null;
        var names = Values(props, "name");
        var years = Values(props, "birthDate").Select(d => d.Length >= 4 && int.TryParse(d[..4], out var y) ? y : (int?)null).OfType<int>();
        var countries = Values(props, "nationality").Concat(Values(props, "country")).Concat(Values(props, "jurisdiction"));
        var ids = Values(props, "idNumber").Concat(Values(props, "passportNumber")).Concat(Values(props, "registrationNumber")).Concat(Values(props, "imoNumber"));
        // yente matches the best of several names; Remnant screens the first and keeps the others as aliases of the query.
        return ScreeningQuery.Parse(names.FirstOrDefault(), schema, years.FirstOrDefault() is var y2 and > 0 ? y2 : null, countries, ids);
    }

    private static IEnumerable<string> Values(JsonElement props, string name)
    {
        if (!props.TryGetProperty(name, out var v)) yield break;
        if (v.ValueKind == JsonValueKind.String) { yield return v.GetString()!; yield break; }
        if (v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var e in v.EnumerateArray()) if (e.ValueKind == JsonValueKind.String) yield return e.GetString()!;
    }

    private static JsonObject Result(ScreeningMatch m)
    {
        var p = m.Party;
        var properties = new JsonObject
        {
            ["name"] = Array(p.Names.Where(n => n.Quality == AliasQuality.Primary).Select(n => n.Text)),
            ["alias"] = Array(p.Names.Where(n => n.Quality is not (AliasQuality.Primary or AliasQuality.Weak or AliasQuality.Low)).Select(n => n.Text)),
            ["weakAlias"] = Array(p.Names.Where(n => n.Quality is AliasQuality.Weak or AliasQuality.Low).Select(n => n.Text)),
            ["birthDate"] = Array(p.BirthDates.Select(d => d.ToString())),
            ["country"] = Array(p.CountryCodes.Select(c => c.Value.ToLowerInvariant())),
            ["program"] = Array(p.Programmes),
            ["idNumber"] = Array(p.Identifiers.Select(i => i.Number)),
            ["notes"] = Array(p.Remarks is null ? [] : [p.Remarks]),
        };
        var features = new JsonObject();
        foreach (var f in m.Features) features[f.Name] = Math.Round(f.Value, 4);
        return new JsonObject
        {
            ["id"] = $"{p.Source.ToCode()}-{p.StableId}",
            ["caption"] = p.PrimaryName,
            ["schema"] = p.Schema switch { PartySchema.Organization => "Organization", _ => p.Schema.ToString() },
            ["properties"] = properties,
            ["datasets"] = new JsonArray(p.Source switch { ListSource.Un => "un_sc_sanctions", ListSource.Ofac => "us_ofac_sdn", _ => "eu_fsf" }),
            ["score"] = m.Score,
            ["match"] = m.IsMatch,
            ["features"] = features,
            ["explanation"] = m.Explanation,
        };
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
