using System.Globalization;
using Microsoft.Extensions.Configuration;
using Remnant.Domain.Screening.Matching;

namespace Remnant.Data.Sanctions;

/// <summary>Screening settings (section <c>Screening</c>). <paramref name="Threshold"/>: the score at or
/// above which a hit against the lists is a match, used by the web page, the API (unless a request
/// gives its own), <c>remnant screen</c> and the automatic screening of parties.
/// <paramref name="PairThreshold"/>: the same for one pair of names (<c>remnant match-names</c>).</summary>
public sealed record ScreeningSettings(double Threshold, double PairThreshold)
{
    /// <summary>Reads <c>Screening:Threshold</c> and <c>Screening:PairThreshold</c>; a value that is not
    /// a number above 0 and at most 1 stops the start with its name.</summary>
    public static ScreeningSettings From(IConfiguration configuration) => new(
        Read(configuration, "Screening:Threshold", ScreeningOptions.DefaultThreshold),
        Read(configuration, "Screening:PairThreshold", NameComparison.DefaultThreshold));

    private static double Read(IConfiguration configuration, string key, double fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1
            ? value
            : throw new InvalidOperationException($"{key} must be a number above 0 and at most 1, not '{text}'.");
    }
}
