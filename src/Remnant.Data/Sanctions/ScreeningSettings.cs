using System.Globalization;
using Microsoft.Extensions.Configuration;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Data.Sanctions;

/// <summary>Screening settings (section <c>Screening</c>): the threshold at or above which a hit is a
/// match, used by the web page, the API (unless a request gives its own), the CLI and the automatic
/// screening of parties.</summary>
public sealed record ScreeningSettings(double Threshold)
{
    /// <summary>Reads <c>Screening:Threshold</c>; a value that is not a number above 0 and at most 1 stops the start with its name.</summary>
    public static ScreeningSettings From(IConfiguration configuration)
    {
        var text = configuration["Screening:Threshold"];
        if (string.IsNullOrWhiteSpace(text)) return new ScreeningSettings(ScreeningOptions.DefaultThreshold);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1
            ? new ScreeningSettings(value)
            : throw new InvalidOperationException($"Screening:Threshold must be a number above 0 and at most 1, not '{text}'.");
    }
}
