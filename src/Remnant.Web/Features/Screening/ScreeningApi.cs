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

/// <summary><c>POST /api/v1/screen</c>: screen one name against the latest UN, OFAC and EU snapshots;
/// <c>GET /api/v1/sanctions/snapshots</c>: the loaded lists with their dates and diffs;
/// <c>POST /api/v1/sanctions/decisions</c>: an analyst's decision on a hit, kept across snapshots.</summary>
internal static class ScreeningApi
{
    public static void MapScreeningApi(this RouteGroupBuilder api)
    {
        api.MapPost("/screen", ScreenAsync).WithTags("Screening");
        api.MapGet("/sanctions/snapshots", SnapshotsAsync).WithTags("Screening");
        api.MapPost("/sanctions/decisions", DecideAsync).WithTags("Screening");
    }

    internal sealed record ScreenRequest(string? Name, string? Schema, int? BirthYear, List<string>? Countries, List<string>? Identifiers,
        List<string>? Lists, double? Threshold, int? Limit);

    internal sealed record MatchDto(string Name, string List, string Reference, string StableId, string Schema, double Score, bool Match,
        string Explanation, IReadOnlyList<FeatureDto> Features, string? Decision);

    /// <summary>One scoring feature as the API gives it: its name, value and English detail.</summary>
    internal sealed record FeatureDto(string Name, double Value, string Detail);

    internal sealed record ScreenResponse(string Query, IReadOnlyList<string> Snapshots, double Threshold, IReadOnlyList<MatchDto> Matches, string? Reason);

    private static async Task<Results<Ok<ScreenResponse>, ValidationProblem>> ScreenAsync(ScreenRequest request, RemnantDbContext db,
        SanctionsIndex index, IOptions<RemnantOptions> options, Remnant.Data.Sanctions.ScreeningSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        PartySchema? schema = null;
        if (request.Schema is not null)
        {
            if (PartySchemas.TryParse(request.Schema, out var s)) schema = s;
            else errors.Add("schema", "Must be Person, Company, Organization, Vessel or Aircraft.");
        }
        var lists = new HashSet<ListSource>();
        foreach (var l in request.Lists ?? [])
        {
            if (ListSources.TryParse(l, out var source)) lists.Add(source);
            else errors.Add("lists", $"'{l}' is not un, ofac or eu.");
        }
        if (request.Threshold is < 0 or > 1) errors.Add("threshold", "Must be between 0 and 1.");
        if (request.Limit is < 1 or > 100) errors.Add("limit", "Must be between 1 and 100.");
        var parse = ScreeningQuery.Parse(request.Name, schema, request.BirthYear, request.Countries, request.Identifiers);
        if (!parse.Succeeded) errors.Add(parse.Field!, Capitalize(parse.Reason!) + ".");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);

        await index.EnsureAsync(db, ct);
        var screening = new ScreeningOptions
        {
            Threshold = request.Threshold ?? settings.Threshold,
            Limit = request.Limit ?? 10,
            Filter = lists.Count == 0 ? null : (p, _) => lists.Contains(p.Source),
        };
        var result = await index.ScreenAndLogAsync(db, parse.Query!, screening, options.Value.Operator, "api", clock.GetUtcNow(), ct);
        if (result is null)
            return TypedResults.Ok(new ScreenResponse(parse.Query!.Name, [], screening.Threshold, [], "No sanctions list has been imported yet."));
        var decisions = await SanctionsIndex.DecisionsAsync(db, Subject(parse.Query!.Name), ct);
        return TypedResults.Ok(new ScreenResponse(parse.Query!.Name, [.. index.Snapshots.Select(s => s.Id)], screening.Threshold,
            [.. result.Matches.Select(m => ToDto(m, decisions))], result.Matches.Count == 0 ? "No listed name is close enough to report." : null));
    }

    internal static MatchDto ToDto(ScreeningMatch m, IReadOnlyDictionary<(string, string), string> decisions) =>
        new(m.Party.PrimaryName, m.Party.Source.ToCode(), m.Party.Reference, m.Party.StableId, m.Party.Schema.ToString(), m.Score, m.IsMatch,
            m.Explanation, [.. m.Features.Select(f => new FeatureDto(f.Name, f.Value, f.Detail))], decisions.GetValueOrDefault((m.Party.Source.ToCode(), m.Party.StableId)));

    /// <summary>What a decision field must hold, as a validation message.</summary>
    internal const string DecisionRule = $"Must be {SanctionsIndex.TrueMatch} or {SanctionsIndex.FalsePositive}.";

    /// <summary>The decision subject of a screened name: its fold key, so spacing and case do not split decisions.</summary>
    internal static string Subject(string name) => "name:" + Remnant.Domain.Text.FoldKey.Fold(name);

    internal sealed record SnapshotDto(string Id, string List, DateTimeOffset GeneratedAt, DateTimeOffset ImportedAt, string ImportedBy, string? FileName,
        int Parties, int Added, int Removed, int Changed, bool Latest, string? Diff);

    private static async Task<Ok<List<SnapshotDto>>> SnapshotsAsync(RemnantDbContext db, SanctionsIndex index, CancellationToken ct)
    {
        await index.EnsureAsync(db, ct);
        var latest = index.Snapshots.Select(s => s.Id).ToHashSet();
        var all = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.SanctionsSnapshots, ct);
        return TypedResults.Ok(all.OrderBy(s => s.Source, StringComparer.Ordinal).ThenByDescending(s => s.GeneratedAt)
            .Select(s => new SnapshotDto(s.Id, s.Source, s.GeneratedAt, s.ImportedAt, s.ImportedBy, s.FileName, s.PartyCount, s.Added, s.Removed,
                s.Changed, latest.Contains(s.Id), s.DiffJson)).ToList());
    }

    internal sealed record DecisionRequest(string? Subject, string? List, string? StableId, string? Decision, string? Note);

    private static async Task<Results<Created, ValidationProblem>> DecideAsync(DecisionRequest request, RemnantDbContext db,
        IOptions<RemnantOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > 400 || !(request.Subject.StartsWith("party:", StringComparison.Ordinal) || request.Subject.StartsWith("name:", StringComparison.Ordinal)))
            errors.Add("subject", "Must be party:{id} or name:{name}.");
        if (!ListSources.TryParse(request.List, out _)) errors.Add("list", "Must be un, ofac or eu.");
        if (string.IsNullOrWhiteSpace(request.StableId) || request.StableId.Length > 80) errors.Add("stableId", "Is required (the list's own id).");
        if (!SanctionsIndex.IsDecision(request.Decision)) errors.Add("decision", DecisionRule);
        if (request.Note is { Length: > 2000 }) errors.Add("note", "Must be at most 2000 characters.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var subject = request.Subject!.StartsWith("name:", StringComparison.Ordinal) ? Subject(request.Subject[5..]) : request.Subject;
        await SanctionsIndex.DecideAsync(db, subject, request.List!.Trim().ToLowerInvariant(), request.StableId!.Trim(), request.Decision!, request.Note,
            options.Value.Operator, clock.GetUtcNow(), ct);
        return TypedResults.Created();
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
