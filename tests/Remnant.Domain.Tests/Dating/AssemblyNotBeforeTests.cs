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
    public void Of_Explanation_NamesThePathToTheSetter()
    {
        var result = AssemblyNotBefore.Of(new ComponentNode("missile", null, [new ComponentNode("board", null, [Chip("2301"), Chip("2310")])]));

        Assert.Equal("Not before 2023-03-06: the latest start among 2 dated item(s) of 4, set by missile / board / 2310.", result.Explanation);
    }

    // The item page and the API name the setter by its label and the marking that dates it, where the
    // tree knows it by id: the English must stay what the web wrote by hand before it used the template.
    [Theory]
    [InlineData("113", "Not before 2023-03-06: the latest start among 2 dated item(s) of 4, set by Jet-vane actuator (marking 113).")]
    [InlineData(null, "Not before 2023-03-06: the latest start among 2 dated item(s) of 4, set by Jet-vane actuator.")]
    public void WhySetBy_LabelAndMarking_TheSentenceOfTheItemPage(string? marking, string english)
    {
        var result = AssemblyNotBefore.Of(new ComponentNode("item-1", null, [new ComponentNode("item-2", null, [Chip("2301"), Chip("2310")])]));

        var why = result.WhySetBy("Jet-vane actuator", marking);

        Assert.Equal(english, why.ToString());
        var setter = Assert.IsType<Remnant.Domain.Wording.Phrase>(Assert.Single(why.Phrases).Args[3]);
        Assert.True(setter.Template.IsWord);
        Assert.Equal(marking is null ? ["Jet-vane actuator"] : ["Jet-vane actuator", marking], setter.Args);
    }

    [Fact]
    public void WhySetBy_UndatedTree_TheUndatedSentence()
    {
        var result = AssemblyNotBefore.Of(new ComponentNode("missile", null, [ComponentNode.Leaf("board", null)]));

        Assert.Same(result.Why, result.WhySetBy("Jet-vane actuator", "113"));
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
