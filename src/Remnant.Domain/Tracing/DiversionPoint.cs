using Remnant.Domain.Geography;
using Remnant.Domain.History;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Tracing;

/// <summary>Where an item left legal hands: its last legal holder and, when known, its first
/// illicit holder, with the date and place. Marked by an analyst, kept with who and when; a
/// changed mark is an update whose earlier version stays in the history.</summary>
public sealed class DiversionPoint : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The item.</summary>
    public required string ItemId { get; set; }

    /// <summary>The last holder that held the item legally.</summary>
    public required string LastLegalHolderId { get; set; }

    /// <summary>The first holder that did not, when known.</summary>
    public string? FirstIllicitHolderId { get; set; }

    /// <summary>When the item left legal hands, if known.</summary>
    public DateOnly? DivertedOn { get; set; }

    /// <summary>Where, as a place name.</summary>
    public string? Place { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where.</summary>
    public string? Country { get; set; }

    /// <summary>The analyst's reasoning.</summary>
    public string? Note { get; set; }

    /// <summary>Who marked it (last).</summary>
    public required string MarkedBy { get; set; }

    /// <summary>When it was marked (last).</summary>
    public DateTimeOffset MarkedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }

    /// <summary>Checks the mark against the item's chain and applies it. The last legal holder must
    /// be in the chain (record the transfer to it first); the date cannot be in the future, after
    /// the recovery, or before the last legal holder received the item.</summary>
    /// <param name="target">The mark to set.</param>
    /// <param name="fields">The mark as given.</param>
    /// <param name="chain">The item's chain.</param>
    /// <param name="recoveredOn">When the item was recovered, if known.</param>
    /// <param name="today">Today's date.</param>
    public static ValidationErrors Apply(DiversionPoint target, DiversionFields fields, IReadOnlyList<ChainLink> chain,
        DateOnly? recoveredOn, DateOnly today)
    {
        var errors = new ValidationErrors();
        var last = fields.LastLegalHolderId?.Trim();
        var first = string.IsNullOrWhiteSpace(fields.FirstIllicitHolderId) ? null : fields.FirstIllicitHolderId.Trim();
        if (string.IsNullOrEmpty(last)) errors.Add("lastLegalHolderId", "Required: the last party that held the item legally.");
        else if (!Ids.IsValid(last)) errors.Add("lastLegalHolderId", "Not a valid id.");
        else if (!chain.Any(l => l.FromPartyId == last || l.ToPartyId == last))
            errors.Add("lastLegalHolderId", "Not in this item's chain: record the transfer to this party first.");
        if (first is not null && !Ids.IsValid(first)) errors.Add("firstIllicitHolderId", "Not a valid id.");
        else if (first is not null && first == last) errors.Add("firstIllicitHolderId", "Cannot be the last legal holder.");

        if (fields.DivertedOn is { } on)
        {
            var received = chain.Where(l => l.ToPartyId == last).Select(l => (DateOnly?)l.Start).Min();
            if (on > today) errors.Add("divertedOn", "Cannot be in the future.");
            else if (recoveredOn is { } r && on > r) errors.Add("divertedOn", $"Cannot be after the item was recovered ({r:yyyy-MM-dd}).");
            else if (received is { } got && on < got) errors.Add("divertedOn", $"Before the last legal holder received the item ({got:yyyy-MM-dd}).");
        }
        string? country = null;
        if (!string.IsNullOrWhiteSpace(fields.Country))
        {
            if (CountryCode.TryParse(fields.Country, out var code)) country = code.Value;
            else errors.Add("country", "Not an ISO 3166-1 alpha-2 country code.");
        }
        var place = TextRules.Clean(fields.Place, "place", errors);
        var note = TextRules.Clean(fields.Note, "note", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;

        target.LastLegalHolderId = last!;
        target.FirstIllicitHolderId = first;
        target.DivertedOn = fields.DivertedOn;
        target.Place = place;
        target.Country = country;
        target.Note = note;
        return errors;
    }
}

/// <summary>A point of diversion as it arrives from a form or the API.</summary>
/// <param name="LastLegalHolderId">Required: a party in the item's chain.</param>
/// <param name="FirstIllicitHolderId">The first illicit holder, when known.</param>
/// <param name="DivertedOn">When, if known.</param>
/// <param name="Place">Where, as a place name.</param>
/// <param name="Country">Where, as an ISO country code.</param>
/// <param name="Note">The analyst's reasoning.</param>
public sealed record DiversionFields(string? LastLegalHolderId, string? FirstIllicitHolderId = null, DateOnly? DivertedOn = null,
    string? Place = null, string? Country = null, string? Note = null);
