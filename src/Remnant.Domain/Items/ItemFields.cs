namespace Remnant.Domain.Items;

/// <summary>The editable fields of an item as they arrive from a form, the API or a file.</summary>
public sealed record ItemFields(
    ItemCategory Category,
    string? ParentItemId = null,
    string? Model = null,
    string? Manufacturer = null,
    string? CountryOfManufacture = null,
    string? SerialNumber = null,
    string? LotNumber = null,
    string? Calibre = null,
    int? Quantity = null,
    string? Description = null,
    string? Condition = null);
