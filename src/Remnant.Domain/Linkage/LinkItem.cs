namespace Remnant.Domain.Linkage;

/// <summary>
/// What link detection needs to know about an item: plain values, taken from the item, its
/// recovery and case, its markings (date codes, box markings) and its photos.
/// </summary>
/// <param name="ItemId">The item.</param>
/// <param name="RecoveryId">Its recovery: links only join items of different recoveries.</param>
/// <param name="CaseId">Its case, if known.</param>
/// <param name="Country">ISO country code of the recovery, if known.</param>
/// <param name="Category">Item category, if known; serial sequences only join items of one category.</param>
/// <param name="Maker">Manufacturer, if known.</param>
/// <param name="Model">Type, model or component part number, if known.</param>
/// <param name="Serial">Serial number as read.</param>
/// <param name="Lot">Lot number as read.</param>
/// <param name="DateCodes">Component date codes as read.</param>
/// <param name="BoxMarkings">Box and packaging markings as read.</param>
/// <param name="PhotoHashes">SHA-256 (hex) of the item's photos.</param>
public sealed record LinkItem(
    string ItemId,
    string RecoveryId,
    string? CaseId = null,
    string? Country = null,
    string? Category = null,
    string? Maker = null,
    string? Model = null,
    string? Serial = null,
    string? Lot = null,
    IReadOnlyList<string>? DateCodes = null,
    IReadOnlyList<string>? BoxMarkings = null,
    IReadOnlyList<string>? PhotoHashes = null);
