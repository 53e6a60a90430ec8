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
        Settings.Fraction(configuration, "Screening:Threshold", ScreeningOptions.DefaultThreshold),
        Settings.Fraction(configuration, "Screening:PairThreshold", NameComparison.DefaultThreshold));
}
