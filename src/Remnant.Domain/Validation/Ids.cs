using System.Buffers;

namespace Remnant.Domain.Validation;

/// <summary>Record ids: 1 to 64 characters of letters, digits, <c>.</c>, <c>_</c>, <c>:</c> and
/// <c>-</c>, starting with a letter or digit. Imported files keep their own ids; new records get
/// a prefix and a time-ordered unique suffix.</summary>
public static class Ids
{
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-");

    /// <summary>Longest id accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="id"/> is a well-formed id.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && char.IsAsciiLetterOrDigit(id[0])
        && !id.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>A new id such as <c>item-0193c1e2a4b87f3c9d1e5a6b7c8d9e0f</c>, ordered by creation time.</summary>
    public static string New(string prefix, TimeProvider clock) =>
        $"{prefix}-{Guid.CreateVersion7(clock.GetUtcNow()):N}";
}
