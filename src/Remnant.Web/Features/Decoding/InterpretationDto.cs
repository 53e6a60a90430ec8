using System.Text.Json;
using Remnant.Domain.Decoding;
using Remnant.Domain.Markings;

namespace Remnant.Web.Features.Decoding;

/// <summary>One stored line of a marking's decode, with the analyst's decision.</summary>
internal sealed record InterpretationDto(string Id, string MarkingId, DecodeOutcome Outcome, int Rank, string System, DateOnly? From, DateOnly? To,
    Confidence? Confidence, string? Country, string Reason, IReadOnlyDictionary<string, string> Fields, string? Context, DateTimeOffset DecodedAt,
    DateTimeOffset? SupersededAt, InterpretationDecision? Decision, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote)
{
    public static InterpretationDto Of(MarkingInterpretation i) => new(i.Id, i.MarkingId, i.Outcome, i.Rank, i.System, i.From, i.To,
        i.Confidence, i.Country, i.Reason, ReadFields(i.Fields), i.Context, i.DecodedAt, i.SupersededAt, i.Decision, i.DecidedBy, i.DecidedAt, i.DecisionNote);

    private static IReadOnlyDictionary<string, string> ReadFields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new Dictionary<string, string>();
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }
}

/// <summary>Body of accept and reject: an optional note in the analyst's words.</summary>
internal sealed record DecisionRequest(string? Note);
