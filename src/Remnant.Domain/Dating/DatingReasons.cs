using Remnant.Domain.Wording;

namespace Remnant.Domain.Dating;

/// <summary>What dating says about a window, a contradiction or an assembly (see <see cref="Template"/>).</summary>
internal static class DatingReasons
{
    // Words first: the sentences below name them as their choices, and static fields start in order.

    /// <summary>A marking's reading that dates an item: the marking, the system that read it, and
    /// whether the analyst accepted it or it is the decoder's top reading, still provisional.</summary>
    public static readonly Template AcceptedReading = Template.Word("{0} ({1}, accepted)");
    public static readonly Template ProvisionalReading = Template.Word("{0} ({1}, provisional)");
    public static readonly Template[] Readings = [AcceptedReading, ProvisionalReading];

    /// <summary>The component that sets an assembly's not-before: with the marking that dates it, or
    /// named as written (a path of names) when no marking is given.</summary>
    public static readonly Template ComponentMarked = Template.Word("{0} (marking {1})");
    public static readonly Template Component = Template.Word("{0}");
    public static readonly Template[] Setters = [ComponentMarked, Component];

    public static readonly Template NoMarking = new("No dated marking: production window unknown.");
    public static readonly Template Disjoint = new("{0} ({1}) ends before {2} ({3}) begins: both cannot be true.", Readings, null, Readings);
    public static readonly Template Contradictory = new("Contradictory dating: {0} pair(s) of accepted readings share no day.");
    public static readonly Template ProducedBy = new("Produced {0} according to {1}.", null, Readings);
    public static readonly Template ProducedBetween = new("Produced {0}: not before {1} ({2}), not after {3} ({4}).", null, null, Readings, null, Readings);

    public static readonly Template AssemblyUndated = new("None of the {0} item(s) in the assembly is dated: not-before unknown.");
    public static readonly Template AssemblyNotBefore = new("Not before {0}: the latest start among {1} dated item(s) of {2}, set by {3}.", null, null, null, Setters);
}
