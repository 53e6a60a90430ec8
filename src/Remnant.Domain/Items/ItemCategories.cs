namespace Remnant.Domain.Items;

/// <summary>Codes for <see cref="ItemCategory"/> as written in files and URLs
/// (<c>small-arm</c>, <c>missile</c>...), and their lenient parsing.</summary>
public static class ItemCategories
{
    private static readonly (ItemCategory Category, string Code)[] Codes =
    [
        (ItemCategory.SmallArm, "small-arm"), (ItemCategory.LightWeapon, "light-weapon"),
        (ItemCategory.Ammunition, "ammunition"), (ItemCategory.Missile, "missile"),
        (ItemCategory.Uav, "uav"), (ItemCategory.Artillery, "artillery"),
        (ItemCategory.Explosive, "explosive"), (ItemCategory.Component, "component"),
        (ItemCategory.Packaging, "packaging"), (ItemCategory.Document, "document"),
    ];

    private static readonly Dictionary<string, ItemCategory> Synonyms = new(StringComparer.Ordinal)
    {
        ["rocket"] = ItemCategory.Missile, ["missilerocket"] = ItemCategory.Missile,
        ["drone"] = ItemCategory.Uav, ["ammo"] = ItemCategory.Ammunition,
    };

    /// <summary>Every category with its code, in taxonomy order.</summary>
    public static IReadOnlyList<(ItemCategory Category, string Code)> All => Codes;

    /// <summary>The file and URL code of <paramref name="category"/>.</summary>
    public static string ToCode(this ItemCategory category) =>
        Codes.First(c => c.Category == category).Code;

    /// <summary>Reads a code ignoring case, with space, <c>-</c> and <c>_</c> alike;
    /// <c>rocket</c> means missile. False for anything else.</summary>
    public static bool TryParse(string? text, out ItemCategory category)
    {
        category = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = new string(text.Where(c => c is not (' ' or '-' or '_' or '/')).ToArray()).ToLowerInvariant();
        foreach (var (cat, code) in Codes)
        {
            if (code.Replace("-", "", StringComparison.Ordinal) == key) { category = cat; return true; }
        }
        return Synonyms.TryGetValue(key, out category);
    }
}
