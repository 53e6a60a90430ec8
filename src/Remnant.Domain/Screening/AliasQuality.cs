namespace Remnant.Domain.Screening;

/// <summary>How a list qualifies a name. The matcher trusts a hit on a primary or good name more
/// than one on a weak or low-quality alias (UN "Low", OFAC "weak": nicknames, partial names).</summary>
public enum AliasQuality
{
    /// <summary>The party's main name on the list.</summary>
    Primary,
    /// <summary>UN "Good" quality alias.</summary>
    Good,
    /// <summary>Also known as (UN a.k.a., OFAC aka, EU alias) with no quality stated.</summary>
    Aka,
    /// <summary>OFAC "strong" a.k.a.; EU <c>strong="true"</c>.</summary>
    Strong,
    /// <summary>Formerly known as.</summary>
    Fka,
    /// <summary>Now known as.</summary>
    Nka,
    /// <summary>UN "Low" quality alias.</summary>
    Low,
    /// <summary>OFAC "weak" a.k.a. (often a nickname quoted in the remarks).</summary>
    Weak,
    /// <summary>The name written in its original script (UN <c>NAME_ORIGINAL_SCRIPT</c>, EU non-Latin languages).</summary>
    OriginalScript,
}

/// <summary>Weights and parsing for <see cref="AliasQuality"/>.</summary>
public static class AliasQualities
{
    /// <summary>The factor applied to a name score reached through a name of this quality.</summary>
    public static double Weight(this AliasQuality quality) => quality switch
    {
        AliasQuality.Primary or AliasQuality.Good or AliasQuality.Strong or AliasQuality.OriginalScript => 1.0,
        AliasQuality.Aka or AliasQuality.Nka => 0.98,
        AliasQuality.Fka => 0.95,
        AliasQuality.Low => 0.88,
        _ => 0.85,
    };

    /// <summary>Reads a list's own quality word (<c>Good</c>, <c>Low</c>, <c>a.k.a.</c>, <c>fka</c>,
    /// <c>weak</c>, <c>strong</c>...); anything unknown or blank is <see cref="AliasQuality.Aka"/>.</summary>
    public static AliasQuality Parse(string? text)
    {
        var key = new string((text ?? string.Empty).Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return key switch
        {
            "good" => AliasQuality.Good,
            "low" => AliasQuality.Low,
            "fka" => AliasQuality.Fka,
            "nka" => AliasQuality.Nka,
            "weak" => AliasQuality.Weak,
            "strong" => AliasQuality.Strong,
            _ => AliasQuality.Aka,
        };
    }
}
