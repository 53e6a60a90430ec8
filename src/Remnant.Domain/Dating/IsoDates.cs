using System.Globalization;

namespace Remnant.Domain.Dating;

/// <summary>ISO 8601 text for dates in reasons and output, whatever the current culture: under
/// <c>ar-SA</c> a plain <c>yyyy</c> would print the Umm al-Qura year.</summary>
public static class IsoDates
{
    /// <summary><c>2024-08-18</c>.</summary>
    public static string ToIso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
