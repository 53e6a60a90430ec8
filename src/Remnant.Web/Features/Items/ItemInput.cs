using Remnant.Domain.Items;
using Remnant.Domain.Validation;
using Remnant.Web.Components.Forms;

namespace Remnant.Web.Features.Items;

/// <summary>The item form as posted: text, read into <see cref="ItemFields"/> for the domain.</summary>
internal sealed class ItemInput
{
    public string? Category { get; set; }
    public string? ParentItemId { get; set; }
    public string? Model { get; set; }
    public string? Manufacturer { get; set; }
    public string? CountryOfManufacture { get; set; }
    public string? SerialNumber { get; set; }
    public string? LotNumber { get; set; }
    public string? Calibre { get; set; }
    public string? Quantity { get; set; } = "1";
    public string? Description { get; set; }
    public string? Condition { get; set; }

    public static ItemInput From(Item i) => new()
    {
        Category = i.Category.ToString(), ParentItemId = i.ParentItemId, Model = i.Model, Manufacturer = i.Manufacturer,
        CountryOfManufacture = i.CountryOfManufacture, SerialNumber = i.SerialNumber, LotNumber = i.LotNumber, Calibre = i.Calibre,
        Quantity = i.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), Description = i.Description, Condition = i.Condition,
    };

    public ItemFields ToFields(ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Category)) errors.Add("category", "Required.");
        var category = FormParse.Choice(Category, "category", errors, ItemCategory.Component);
        return new ItemFields(category, ParentItemId, Model, Manufacturer, CountryOfManufacture, SerialNumber, LotNumber, Calibre,
            FormParse.Integer(Quantity, "quantity", errors), Description, Condition);
    }
}
