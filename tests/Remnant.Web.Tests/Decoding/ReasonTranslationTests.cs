using System.Text.RegularExpressions;
using System.Xml.Linq;
using Remnant.Domain.Wording;
using Remnant.Web.Features.Decoding;

namespace Remnant.Web.Tests.Decoding;

/// <summary>Every sentence and word the decoders and dating can say (<see cref="Template.All"/>, found
/// by reflection over the domain, not listed here) has an Arabic translation that keeps its placeholders.</summary>
public sealed partial class ReasonTranslationTests
{
    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    private static readonly Dictionary<string, string> Arabic = XDocument
        .Load(Path.Combine(RepositoryRoot(), "src", "Remnant.Web", "Resources", "SharedResource.ar.resx"))
        .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    public static TheoryData<string> Templates() => [.. Template.All.Where(t => t.English.Length > 0).Select(t => t.English)];

    [Fact]
    public void Domain_DeclaresTheReasonsOfEveryFamily()
    {
        // A guard on the reflection itself: if it found nothing, the theory below would pass vacuously.
        Assert.True(Template.All.Count(t => !t.IsWord) >= 80, $"{Template.All.Count(t => !t.IsWord)} sentences");
        Assert.Contains(Template.All, t => t.English.StartsWith("Juche year {0} = {1}", StringComparison.Ordinal));
        Assert.Contains(Template.All, t => t.English.StartsWith("No dated marking", StringComparison.Ordinal));
        // The labels inside dating's sentences are words of the domain too, so the theory holds them to an Arabic entry.
        Assert.Contains(Template.All, t => t.IsWord && t.English == "{0} ({1}, provisional)");
        Assert.Contains(Template.All, t => t.IsWord && t.English == "{0} ({1}, accepted)");
        Assert.Contains(Template.All, t => t.IsWord && t.English == "{0} (marking {1})");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_HasArabic_WithTheSamePlaceholders(string english)
    {
        var template = Template.All.Single(t => t.English == english);

        Assert.True(Arabic.TryGetValue(ReasonWording.Key(template), out var arabic), $"No Arabic for '{ReasonWording.Key(template)}'");
        Assert.Equal(Placeholders(english), Placeholders(arabic));
        // Words that are codes (yyww, mil-std-1168) stay Latin, written as the trade writes them (YYWW);
        // everything else must actually be Arabic.
        if (!(template.IsWord && arabic == english.ToUpperInvariant())) Assert.Matches(ArabicLetter(), arabic);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Remnant.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Remnant.slnx above {AppContext.BaseDirectory}.");
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
