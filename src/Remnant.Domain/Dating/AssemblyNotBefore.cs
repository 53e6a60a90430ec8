using Remnant.Domain.Wording;

namespace Remnant.Domain.Dating;

/// <summary>
/// The earliest day an assembly can have been put together: the latest not-before (interval start) of
/// every dated node in its tree, at any depth, the assembly's own markings included. A missile
/// cannot be assembled before its newest chip was made.
/// </summary>
public sealed class AssemblyNotBefore
{
    private AssemblyNotBefore(DateOnly? notBefore, IReadOnlyList<string> path, int visited, int dated, Reason explanation)
    {
        NotBefore = notBefore;
        DeterminedBy = path;
        NodesVisited = visited;
        DatedNodes = dated;
        Why = explanation;
    }

    /// <summary>The latest start among dated nodes; null when nothing in the tree is dated.</summary>
    public DateOnly? NotBefore { get; }

    /// <summary>Names from the root down to the node that sets <see cref="NotBefore"/>; empty when undated.</summary>
    public IReadOnlyList<string> DeterminedBy { get; }

    /// <summary>How many nodes the tree holds (each counted once).</summary>
    public int NodesVisited { get; }

    /// <summary>How many of them carry an accepted interval.</summary>
    public int DatedNodes { get; }

    /// <summary>One sentence naming the deciding component.</summary>
    public Reason Why { get; }

    /// <summary><see cref="Why"/> in English.</summary>
    public string Explanation => Why.ToString();

    /// <summary>Walks the whole tree without recursion (deep trees cannot overflow the stack) and
    /// visits a node reached twice only once.</summary>
    public static AssemblyNotBefore Of(ComponentNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var seen = new HashSet<ComponentNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(ComponentNode Node, string[] Path)>();
        stack.Push((root, [root.Name]));
        DateOnly? best = null;
        string[] bestPath = [];
        int visited = 0, dated = 0;
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (!seen.Add(node)) continue;
            visited++;
            if (node.Accepted is { } interval)
            {
                dated++;
                if (best is null || interval.From > best) { best = interval.From; bestPath = path; }
            }
            foreach (var child in node.Children ?? [])
            {
                if (child is not null) stack.Push((child, [.. path, child.Name]));
            }
        }
        var explanation = best is null
            ? DatingReasons.AssemblyUndated.With(visited)
            : SetBy(best.Value, dated, visited, DatingReasons.Component.With(string.Join(" / ", bestPath)));
        return new AssemblyNotBefore(best, bestPath, visited, dated, explanation);
    }

    /// <summary><see cref="Why"/> naming the deciding component as the caller knows it, with the marking
    /// that dates it when one is given (<c>set by Jet-vane actuator (marking 113)</c>): for a tree whose
    /// node names are ids. <see cref="Why"/> itself when nothing is dated, as no component sets anything.</summary>
    /// <param name="component">The deciding component's label.</param>
    /// <param name="marking">The text of the marking that dates it, or null to name the component alone.</param>
    public Reason WhySetBy(string component, string? marking)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (NotBefore is not { } notBefore) return Why;
        var setter = marking is null ? DatingReasons.Component.With(component) : DatingReasons.ComponentMarked.With(component, marking);
        return SetBy(notBefore, DatedNodes, NodesVisited, setter);
    }

    private static Reason SetBy(DateOnly notBefore, int dated, int visited, Phrase setter) =>
        DatingReasons.AssemblyNotBefore.With(notBefore, dated, visited, setter);
}
