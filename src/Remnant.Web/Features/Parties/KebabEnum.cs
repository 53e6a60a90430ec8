using System.Text.Json;

namespace Remnant.Web.Features.Parties;

/// <summary>Enum values as the API writes them (<c>end-user</c>, <c>no-response</c>), for query
/// strings, which the JSON converter does not read.</summary>
internal static class KebabEnum
{
    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Null or blank gives null; an unknown code adds an error naming <paramref name="field"/>.</summary>
    public static T? Read<T>(string? text, string field, Domain.Validation.ValidationErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var code = text.Trim().ToLowerInvariant();
        foreach (var value in Enum.GetValues<T>())
            if (Code(value) == code) return value;
        errors.Add(field, $"One of {string.Join(", ", Enum.GetValues<T>().Select(Code))}.");
        return null;
    }
}
