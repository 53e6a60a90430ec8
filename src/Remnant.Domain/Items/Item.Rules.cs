using Remnant.Domain.Geography;
using Remnant.Domain.Text;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Items;

public sealed partial class Item
{
    /// <summary>Largest quantity one record may stand for.</summary>
    public const int MaxQuantity = 10_000_000;

    /// <summary>Checks and applies <paramref name="fields"/>. <paramref name="parentChain"/> lists
    /// the proposed parent and its ancestors, nearest first, so that an item never becomes its
    /// own ancestor; the caller checks that the parent exists in the same recovery.</summary>
    public static ValidationErrors Apply(Item target, ItemFields fields, IEnumerable<string> parentChain)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(fields.Category)) errors.Add("category", "Unknown category.");
        string? country = null;
        if (!string.IsNullOrWhiteSpace(fields.CountryOfManufacture))
        {
            if (CountryCode.TryParse(fields.CountryOfManufacture, out var code)) country = code.Value;
            else errors.Add("countryOfManufacture", $"'{fields.CountryOfManufacture.Trim()}' is not an ISO 3166-1 alpha-2 country code.");
        }
        var quantity = fields.Quantity ?? 1;
        if (quantity is < 1 or > MaxQuantity) errors.Add("quantity", $"Must be between 1 and {MaxQuantity:N0}.");

        var parent = fields.ParentItemId?.Trim();
        if (string.IsNullOrEmpty(parent)) parent = null;
        else if (!Ids.IsValid(parent)) errors.Add("parentItemId", "Not a valid item id.");
        else if (parent == target.Id || parentChain.Contains(target.Id, StringComparer.Ordinal))
            errors.Add("parentItemId", "An item cannot be a component of itself or of one of its own components.");

        var model = TextRules.Clean(fields.Model, "model", errors);
        var manufacturer = TextRules.Clean(fields.Manufacturer, "manufacturer", errors);
        var serial = TextRules.Clean(fields.SerialNumber, "serialNumber", errors);
        var lot = TextRules.Clean(fields.LotNumber, "lotNumber", errors);
        var calibre = TextRules.Clean(fields.Calibre, "calibre", errors);
        var description = TextRules.Clean(fields.Description, "description", errors, TextRules.LongMax, multiline: true);
        var condition = TextRules.Clean(fields.Condition, "condition", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;

        target.Category = fields.Category;
        target.ParentItemId = parent;
        target.Model = model;
        target.Manufacturer = manufacturer;
        target.CountryOfManufacture = country;
        target.SerialNumber = serial;
        target.LotNumber = lot;
        target.Calibre = calibre;
        target.Quantity = quantity;
        target.Description = description;
        target.Condition = condition;
        target.SerialKey = serial is null ? null : FoldKey.Fold(serial);
        target.LotKey = lot is null ? null : FoldKey.Fold(lot);
        return errors;
    }

    /// <summary>The fields as they stand.</summary>
    public ItemFields ToFields() => new(Category, ParentItemId, Model, Manufacturer, CountryOfManufacture,
        SerialNumber, LotNumber, Calibre, Quantity, Description, Condition);
}
