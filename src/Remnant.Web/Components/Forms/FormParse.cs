using System.Globalization;
using Remnant.Domain.Validation;

namespace Remnant.Web.Components.Forms;

/// <summary>Reads the text a form posted into the typed values the domain checks. A value that
/// cannot be read becomes a message on its field, like any domain rule, so nothing is saved.</summary>
internal static class FormParse
{
    public static double? Number(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // A decimal comma is common where investigators type by hand; browsers send a point.
        var normalized = text.Trim().Replace(',', '.');
        if (double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors.Add(field, "Not a number.");
        return null;
    }

    public static int? Integer(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(field, "Not a whole number.");
        return null;
    }

    public static DateOnly? Date(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        errors.Add(field, "Not a date: use yyyy-mm-dd.");
        return null;
    }

    /// <summary>A <c>datetime-local</c> value, read as UTC (the form says so).</summary>
    public static DateTimeOffset? UtcDateTime(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
            return new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));
        errors.Add(field, "Not a date and time: use yyyy-mm-dd hh:mm.");
        return null;
    }

    public static TEnum Choice<TEnum>(string? text, string field, ValidationErrors errors, TEnum fallback) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0])) return value;
        errors.Add(field, "Choose one of the listed values.");
        return fallback;
    }

    /// <summary>The value as a form field holds it.</summary>
    public static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The value as a date field holds it.</summary>
    public static string? Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
