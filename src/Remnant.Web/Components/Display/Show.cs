using System.Globalization;
using Remnant.Domain.Cases;
using Remnant.Domain.Items;
using Microsoft.Extensions.Localization;

namespace Remnant.Web.Components.Display;

/// <summary>How values are written on pages. Dates are ISO 8601 in every language: an evidence
/// date must read the same to an English and an Arabic reader, in the Gregorian calendar.</summary>
internal static class Show
{
    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Instant(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "—";

    /// <summary>An EXIF capture time as the camera wrote it (local wall-clock time, offset when known).</summary>
    public static string CameraTime(string? iso) => iso is null ? "—" : iso.Replace('T', ' ');

    public static string Coordinates(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon
            ? $"{lat.ToString("0.######", CultureInfo.InvariantCulture)}, {lon.ToString("0.######", CultureInfo.InvariantCulture)}"
            : "—";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };

    /// <summary>A case's title; the built-in "Unassigned" case is named in the reader's language.</summary>
    public static string CaseTitle(IStringLocalizer L, string id, string title) => id == Case.UnassignedId ? L["Unassigned"] : title;

    /// <summary>What to call an item in links and trees: its model, else its category.</summary>
    public static string ItemName(IStringLocalizer L, Item item) => ItemName(L, item.Model, item.Category);

    /// <summary>The same, from the two fields alone (for summaries that do not carry the whole item).</summary>
    public static string ItemName(IStringLocalizer L, string? model, ItemCategory category) => model ?? Labels.Category(L, category);

    /// <summary>User text placed inside a translated sentence, isolated (FSI…PDI) so that its own
    /// direction cannot reorder the sentence around it.</summary>
    public static string Isolated(string text) => $"\u2068{text}\u2069";

    /// <summary>True for types a browser shows in an img element.</summary>
    public static bool IsPreviewable(string mediaType) =>
        mediaType is "image/jpeg" or "image/png" or "image/gif" or "image/webp" or "image/avif";
}
