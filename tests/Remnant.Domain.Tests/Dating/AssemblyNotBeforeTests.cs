using Remnant.Domain.Dating;
using Remnant.Domain.Decoding;
using static Remnant.Domain.Tests.Decoding.Decoders;

namespace Remnant.Domain.Tests.Dating;

public sealed class AssemblyNotBeforeTests
{
    private static ComponentNode Chip(string code) =>
        ComponentNode.Leaf(code, Decode(code, MarkingKind.DateCode).Only(DecodingSystems.Yyww).Interval);

    [Fact]
    public void Of_Components2301_2310_2252_NotBefore20230306()
    {
        var missile = new ComponentNode("missile", null,
        [
            new ComponentNode("guidance", null, [new ComponentNode("board", null, [Chip("2301"), Chip("2310")])]),
            Chip("2252"),
        ]);

        var result = AssemblyNotBefore.Of(missile);

        Assert.Equal(D("2023-03-06"), result.NotBefore);
        Assert.Equal(["missile", "guidance", "board", "2310"], result.DeterminedBy);
        Assert.Equal((6, 3), (result.NodesVisited, result.DatedNodes));
        Assert.Contains("2310", result.Explanation);
    }

    [Fact]
    public void Of_UndatedTree_Unknown()
    {
        var result = AssemblyNotBefore.Of(new ComponentNode("missile", null, [ComponentNode.Leaf("board", null)]));

        Assert.Null(result.NotBefore);
        Assert.Empty(result.DeterminedBy);
        Assert.Contains("unknown", result.Explanation);
    }

    [Fact]
    public void Of_SharedNode_CountedOnce()
    {
        var chip = Chip("2310");
        var result = AssemblyNotBefore.Of(new ComponentNode("root", null, [chip, new ComponentNode("sub", null, [chip])]));

        Assert.Equal(3, result.NodesVisited);
    }

    [Fact]
    public void Of_DeepTree_NoStackOverflow()
    {
        var node = Chip("2310");
        for (var i = 0; i < 100_000; i++) node = new ComponentNode($"level {i}", null, [node]);

        Assert.Equal(D("2023-03-06"), AssemblyNotBefore.Of(node).NotBefore);
    }
}
