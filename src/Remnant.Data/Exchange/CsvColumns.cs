using System.Text;

namespace Remnant.Data.Exchange;

/// <summary>The columns of the CSV exchange format (one row per item), in the order exports write
/// them, and how the domain's field names map onto them.</summary>
public static class CsvColumns
{
    public const string RecoveryId = "recovery_id", ItemId = "item_id", Category = "category", Case = "case",
        RecoveredOn = "recovered_on", DocumentedOn = "documented_on", Country = "country", Latitude = "latitude",
        Longitude = "longitude", Place = "place", ParentItemId = "parent_item_id", Model = "model", Manufacturer = "manufacturer",
        CountryOfManufacture = "country_of_manufacture", SerialNumber = "serial_number", LotNumber = "lot_number",
        Calibre = "calibre", Quantity = "quantity", Markings = "markings";

    /// <summary>Separates several markings in one cell.</summary>
    public const char MarkingSeparator = '|';

    public static IReadOnlyList<string> Required { get; } = [RecoveryId, ItemId, Category];

    public static IReadOnlyList<string> All { get; } =
    [
        RecoveryId, ItemId, Category, Case, RecoveredOn, DocumentedOn, Country, Latitude, Longitude, Place, ParentItemId,
        Model, Manufacturer, CountryOfManufacture, SerialNumber, LotNumber, Calibre, Quantity, Markings,
    ];

    /// <summary>The recovery's own columns: every row of one recovery must agree on them.</summary>
    public static IReadOnlyList<string> RecoveryFields { get; } = [Case, RecoveredOn, DocumentedOn, Country, Latitude, Longitude, Place];

    private static readonly Dictionary<string, string> FromDomain = new(StringComparer.Ordinal)
    {
        ["placeName"] = Place, ["text"] = Markings, ["title"] = Case, ["id"] = ItemId,
    };

    /// <summary>The column a domain validation field (<c>recoveredOn</c>, <c>placeName</c>) is read from.</summary>
    public static string FromDomainField(string field)
    {
        if (FromDomain.TryGetValue(field, out var column)) return column;
        var snake = new StringBuilder(field.Length + 4);
        foreach (var c in field)
        {
            if (char.IsAsciiLetterUpper(c)) snake.Append('_').Append(char.ToLowerInvariant(c));
            else snake.Append(c);
        }
        return snake.ToString();
    }
}
