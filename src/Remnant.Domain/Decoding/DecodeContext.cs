using Remnant.Domain.Dating;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;

namespace Remnant.Domain.Decoding;

/// <summary>
/// What is known around a marking, used to rank hypotheses: the country of manufacture, the maker,
/// the item's category, an era window (from the parent item or the case), the marking's script, and
/// today's date from the caller (the domain never reads the clock; nothing is dated after today).
/// </summary>
/// <param name="Today">The caller's today: no interpretation starts after it and none ends after it.</param>
public sealed record DecodeContext(DateOnly Today)
{
    /// <summary>Country of manufacture, if known: KP makes Juche first, TW Minguo.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>The maker's name, if known: picks its date-code format from the reference table.</summary>
    public string? Maker { get; init; }

    /// <summary>The item's category: date codes suit components, headstamps suit ammunition.</summary>
    public ItemCategory? Category { get; init; }

    /// <summary>Days the item is believed to date from; readings outside it are rejected and it picks
    /// the decade of one-digit-year codes.</summary>
    public DateInterval? Era { get; init; }

    /// <summary>The marking's script; detected from the text when null.</summary>
    public MarkingScript? Script { get; init; }
}
