namespace Remnant.Domain.Linkage;

/// <summary>Why two items in different recoveries are linked (DOMAIN.md 3.5, issue 4).</summary>
public enum LinkKind
{
    /// <summary>Same maker and same lot.</summary>
    SameMakerAndLot,
    /// <summary>Serial numbers of the same pattern within the numeric window.</summary>
    SerialSequence,
    /// <summary>Same component part number and date code (and lot) in different cases or countries.</summary>
    SameComponentBatch,
    /// <summary>Same box marking once folded.</summary>
    SameBoxMarking,
    /// <summary>The same photo file (identical SHA-256).</summary>
    SamePhoto,
}
