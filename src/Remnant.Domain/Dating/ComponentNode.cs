namespace Remnant.Domain.Dating;

/// <summary>One item in an assembly tree (a missile, its guidance section, a board, a chip) with the
/// production interval accepted for it, if any.</summary>
/// <param name="Name">Label used in explanations, e.g. <c>"U7 ADXRS (2310)"</c>.</param>
/// <param name="Accepted">The item's own production window; null when undated.</param>
/// <param name="Children">The components it contains.</param>
public sealed record ComponentNode(string Name, DateInterval? Accepted, IReadOnlyList<ComponentNode> Children)
{
    /// <summary>A node without components.</summary>
    public static ComponentNode Leaf(string name, DateInterval? accepted) => new(name, accepted, []);
}
