using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Remnant.Data;

/// <summary>Reads one number from configuration: missing or blank gives the default; anything else
/// must parse (invariant culture) and lie in range, or the start stops with the key named.</summary>
public static class Settings
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int Whole(IConfiguration configuration, string key, int fallback, int min = 1, int max = int.MaxValue)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        var range = max == int.MaxValue ? (min == 1 ? "a positive whole number" : $"a whole number of at least {min}") : $"a whole number from {min} to {max}";
        throw new InvalidOperationException($"{key} must be {range}, not '{text}'.");
    }

    /// <summary>A number above 0 and at most 1 (a score threshold).</summary>
    public static double Fraction(IConfiguration configuration, string key, double fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1
            ? value
            : throw new InvalidOperationException($"{key} must be a number above 0 and at most 1, not '{text}'.");
    }
}
