namespace Remnant.Domain.Linkage;

/// <summary>Tunable limits of link detection.</summary>
public sealed record LinkOptions
{
    /// <summary>Serial numbers at most this far apart are in sequence (default 100).</summary>
    public int SerialWindow { get; init; } = 100;

    /// <summary>
    /// At most this many links per item and rule: a lot shared by thousands of cartridges
    /// should not bury an item page (default 500).
    /// </summary>
    public int MaxLinksPerRule { get; init; } = 500;

    /// <summary>Box markings shorter than this once folded are too common to link on (default 4).</summary>
    public int MinBoxMarkingLength { get; init; } = 4;

    /// <summary>The defaults.</summary>
    public static LinkOptions Default { get; } = new();
}
