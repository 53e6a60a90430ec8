using System.Text.Json.Serialization;
using Remnant.Domain.Wording;
using Remnant.Web.Features.Decoding;

namespace Remnant.Web.Features.Dating;

internal sealed record IntervalDto(DateOnly From, DateOnly To);

/// <summary>Two readings that cannot both hold, and why: as phrases (not serialized) for pages to say in the reader's
/// language (<see cref="ReasonWording"/>), and in English for the API.</summary>
internal sealed record ContradictionDto(string First, string Second, [property: JsonIgnore] Remnant.Domain.Wording.Reason Why)
{
    /// <summary><see cref="Why"/> in English.</summary>
    public string Reason => Why.ToString();
}

/// <summary>The earliest day the assembly can have been put together, the chain of items (ids and
/// labels, from the item down) to the component that sets it, whether that component's dating is
/// provisional, and why: as phrases (not serialized) for pages to say in the reader's language without
/// reading the English back, and in English for the API.</summary>
internal sealed record AssemblyDto(DateOnly NotBefore, IReadOnlyList<string> DeterminedByIds, IReadOnlyList<string> DeterminedByLabels,
    bool Provisional, [property: JsonIgnore] Reason Why)
{
    /// <summary><see cref="Why"/> in English.</summary>
    public string Explanation => Why.ToString();
}

/// <summary>The production-to-use lag: days, the English wording (for the API), and the domain's
/// bounds, from which pages word it in the reader's language (<see cref="LagWording"/>).</summary>
internal sealed record LagDto(int? MinDays, int? MaxDays, string Wording, bool Contradiction)
{
    [System.Text.Json.Serialization.JsonIgnore] public Remnant.Domain.Dating.ProductionLag? Bounds { get; init; }
}

/// <summary>A marking of the item, the reading that dates it (accepted, or provisional) and its whole current decode.</summary>
internal sealed record MarkingDatingDto(string MarkingId, string Text, string? DatingSystem, DateOnly? From, DateOnly? To, bool Provisional,
    IReadOnlyList<InterpretationDto> Interpretations);

/// <summary>An item's dating: production window from its markings, assembly not-before through its
/// component tree, and production-to-use lag against its recovery (or event) date. <see cref="Why"/>
/// is the window's explanation as phrases (not serialized), for pages to say in the reader's language
/// without reading the English back; <see cref="Explanation"/> is it in English, for the API.</summary>
internal sealed record ItemDatingDto(IntervalDto? ProductionWindow, bool Provisional, IReadOnlyList<ContradictionDto> Contradictions,
    AssemblyDto? AssemblyNotBefore, DateOnly? UseDate, LagDto? Lag, IReadOnlyList<MarkingDatingDto> Markings, [property: JsonIgnore] Reason Why)
{
    /// <summary><see cref="Why"/> in English.</summary>
    public string Explanation => Why.ToString();
}

/// <summary>The newest component date code under one assembly.</summary>
internal sealed record NewestDateCodeDto(string AssemblyId, string AssemblyLabel, string ComponentId, string ComponentLabel, string MarkingText,
    string System, DateOnly From, DateOnly To, bool Provisional);
