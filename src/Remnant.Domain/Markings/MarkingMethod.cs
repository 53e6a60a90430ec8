namespace Remnant.Domain.Markings;

/// <summary>How a marking was applied to the item.</summary>
public enum MarkingMethod
{
    /// <summary>Not known.</summary>
    Unknown,
    /// <summary>Stamped or punched into metal.</summary>
    Stamped,
    /// <summary>Painted through a stencil.</summary>
    Stencilled,
    /// <summary>Printed (ink, silkscreen, laser print on a component).</summary>
    Printed,
    /// <summary>Engraved or laser-etched.</summary>
    Engraved,
    /// <summary>Cast or moulded with the part.</summary>
    Cast,
    /// <summary>On a label or sticker.</summary>
    Label,
    /// <summary>Handwritten.</summary>
    Handwritten,
}

/// <summary>How well a marking could be read.</summary>
public enum Legibility
{
    /// <summary>Read with certainty.</summary>
    Clear,
    /// <summary>Part of it could not be read.</summary>
    Partial,
    /// <summary>Read with doubt.</summary>
    Poor,
}
