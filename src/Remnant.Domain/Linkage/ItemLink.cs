namespace Remnant.Domain.Linkage;

/// <summary>
/// A link between two items, stored once per pair and kind: <see cref="FirstItemId"/> sorts
/// before <see cref="SecondItemId"/> (ordinal), so the same link found from either side is equal.
/// </summary>
public sealed record ItemLink
{
    /// <summary>Creates the link in canonical order.</summary>
    public ItemLink(string itemId, string otherItemId, LinkKind kind, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentException.ThrowIfNullOrEmpty(otherItemId);
        if (string.Equals(itemId, otherItemId, StringComparison.Ordinal)) throw new ArgumentException("an item cannot link to itself", nameof(otherItemId));
        var ordered = string.CompareOrdinal(itemId, otherItemId) < 0;
        FirstItemId = ordered ? itemId : otherItemId;
        SecondItemId = ordered ? otherItemId : itemId;
        Kind = kind;
        Reason = reason;
    }

    /// <summary>The item whose id sorts first.</summary>
    public string FirstItemId { get; }

    /// <summary>The other item.</summary>
    public string SecondItemId { get; }

    /// <summary>Why they are linked.</summary>
    public LinkKind Kind { get; }

    /// <summary>Human-readable, e.g. "same maker 'KBP' and lot '05-12'".</summary>
    public string Reason { get; }

    /// <summary>The item at the other end from <paramref name="itemId"/>.</summary>
    public string Other(string itemId) => string.Equals(itemId, FirstItemId, StringComparison.Ordinal) ? SecondItemId : FirstItemId;
}
