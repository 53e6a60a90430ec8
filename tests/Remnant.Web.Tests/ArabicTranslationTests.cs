using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Remnant.Web.Tests;

/// <summary>What <c>tools/resx.py --missing</c> checks, as a test: every <c>L["..."]</c> key used in
/// the web project's .razor and .cs files has an Arabic translation.</summary>
public sealed partial class ArabicTranslationTests
{
    [GeneratedRegex(@"L\[""((?:[^""\\]|\\.)+)""")]
    private static partial Regex LocalizerKey();

    [Fact]
    public void EveryUiString_InWebProject_HasArabic()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Remnant.Web");
        var translated = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.ar.resx")).Root!
            .Elements("data").Where(d => !string.IsNullOrWhiteSpace((string?)d.Element("value")))
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var missing = UsedKeys(web).Where(k => !translated.Contains(k.Key))
            .Select(k => $"{k.Key}    ({k.File})").Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "No Arabic for (add them with tools/resx.py):\n" + string.Join('\n', missing));
    }

    [Fact]
    public void ArabicResx_Keys_DistinctIgnoringCase()
    {
        // Resource names are case-insensitive: the build drops the second of "Created" and "created".
        var names = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Remnant.Web", "Resources", "SharedResource.ar.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Scan_WebProject_FindsKnownKeys()
    {
        var keys = UsedKeys(Path.Combine(RepositoryRoot(), "src", "Remnant.Web")).Select(k => k.Key).ToHashSet();
        Assert.Contains("Dashboard", keys);
        Assert.Contains("Latitude", keys);
    }

    private static IEnumerable<(string Key, string File)> UsedKeys(string web)
    {
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f))
                .Select(m => (m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal), Path.GetRelativePath(web, f))))
            .DistinctBy(k => k.Item1);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Remnant.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Remnant.slnx above {AppContext.BaseDirectory}.");
    }
}
