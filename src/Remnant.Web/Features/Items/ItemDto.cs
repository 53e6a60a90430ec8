using Remnant.Domain.Items;
using Remnant.Web.Features.Evidence;
using Remnant.Web.Features.Markings;

namespace Remnant.Web.Features.Items;

internal sealed record ItemDto(string Id, string RecoveryId, string CaseId, string? ParentItemId, ItemCategory Category, string? Model,
    string? Manufacturer, string? CountryOfManufacture, string? SerialNumber, string? LotNumber, string? Calibre, int Quantity,
    string? Description, string? Condition, DateTimeOffset CreatedAt, DateTimeOffset? RetractedAt, string? RetractedBy, string? RetractionReason)
{
    public static ItemDto From(Item i, string caseId) => new(i.Id, i.RecoveryId, caseId, i.ParentItemId, i.Category, i.Model, i.Manufacturer,
        i.CountryOfManufacture, i.SerialNumber, i.LotNumber, i.Calibre, i.Quantity, i.Description, i.Condition, i.CreatedAt,
        i.RetractedAt, i.RetractedBy, i.RetractionReason);
}

/// <summary>One node of an item's component tree.</summary>
internal sealed record ComponentNode(string Id, ItemCategory Category, string? Model, string? SerialNumber, bool Retracted, IReadOnlyList<ComponentNode> Components);

/// <summary>An item with its components to any depth, its markings, its evidence files, and its
/// dating (production window, assembly not-before, production-to-use lag, each marking's readings).</summary>
internal sealed record ItemDetailDto(ItemDto Item, IReadOnlyList<string> Ancestors, IReadOnlyList<ComponentNode> Components,
    IReadOnlyList<MarkingDto> Markings, IReadOnlyList<EvidenceDto> Evidence, Dating.ItemDatingDto Dating);

internal sealed record ItemRequest(string? RecoveryId, string? ParentItemId, ItemCategory? Category, string? Model, string? Manufacturer,
    string? CountryOfManufacture, string? SerialNumber, string? LotNumber, string? Calibre, int? Quantity, string? Description, string? Condition)
{
    public ItemFields ToFields() => new(Category ?? default, ParentItemId, Model, Manufacturer, CountryOfManufacture, SerialNumber,
        LotNumber, Calibre, Quantity, Description, Condition);
}
