using System.Text;
using Remnant.Data.Sanctions;
using Remnant.Domain.Screening;

namespace Remnant.Data.Tests.Sanctions;

public sealed class UnXmlImporterTests
{
    private static readonly Lazy<ListSnapshot> Real = new(() =>
    {
        using var s = File.OpenRead(SharedData.Sanctions("un_consolidated_2024-09-26.xml"));
        var result = UnXmlImporter.Import(s);
        Assert.True(result.Succeeded, result.Describe());
        return result.Snapshot!;
    });

    [Fact]
    public void Import_RealRelease_CountsMatchReadme()
    {
        var snapshot = Real.Value;
        Assert.Equal(875, snapshot.Parties.Count);
        Assert.Equal(682, snapshot.PersonCount);
        Assert.Equal(193, snapshot.Parties.Count(p => p.Schema == PartySchema.Organization));
        Assert.Equal(new DateTimeOffset(2024, 9, 26, 0, 0, 7, 514, TimeSpan.Zero), snapshot.GeneratedAt);
    }

    [Fact]
    public void Import_RealRelease_DprkPersonKeepsFamilyNameFirst()
    {
        var jo = Real.Value.Parties.Single(p => p.Reference == "KPi.034");
        Assert.Equal("JO YONG CHOL", jo.PrimaryName);
        Assert.Contains("DPRK", jo.Programmes);
        Assert.Contains(jo.CountryCodes, c => c.Value == "KP");
    }

    [Fact]
    public void Import_RealRelease_KeepsAliasesOriginalScriptAndRanges()
    {
        var anwari = Real.Value.Parties.Single(p => p.StableId == "110447");
        Assert.Equal("TAi.005", anwari.Reference);
        Assert.Contains(anwari.Names, n => n.Quality == AliasQuality.OriginalScript && n.Text == "محمد طاهر أنوري");
        Assert.Contains(anwari.Names, n => n.Quality == AliasQuality.Low && n.Text == "Haji Mudir");
        Assert.Contains(anwari.BirthDates, d => d.Approximate && d.FromYear == 1961);
        Assert.Contains(Real.Value.Parties.SelectMany(p => p.BirthDates), d => d.ToYear > d.FromYear);
        var komid = Real.Value.Parties.Single(p => p.Reference == "KPe.001");
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
    }

    [Fact]
    public void Import_SameFileTwice_DiffIsEmpty()
    {
        using var s = File.OpenRead(SharedData.Sanctions("un_consolidated_2024-09-26.xml"));
        var again = UnXmlImporter.Import(s).Snapshot!;
        Assert.True(again.DiffFrom(Real.Value).IsEmpty);
    }

    [Fact]
    public void Import_RealReleaseReserialised_SameContent()
    {
        // Another release's layout: one record per line, double quotes, standalone declaration.
        var text = File.ReadAllText(SharedData.Sanctions("un_consolidated_2024-09-26.xml"));
        var oneLine = System.Text.RegularExpressions.Regex.Replace(text, @">\s*\n\s*<", "><")
            .Replace("<?xml version='1.0' encoding='UTF-8'?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", StringComparison.Ordinal)
            .Replace("dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated=\"2024-09-26T00:00:07.514Z\"", StringComparison.Ordinal)
            .Replace("</INDIVIDUAL>", "</INDIVIDUAL>\n", StringComparison.Ordinal);
        var result = UnXmlImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(oneLine)));
        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Snapshot!.DiffFrom(Real.Value).IsEmpty);
    }

    [Fact]
    public void Import_SerialisationVariants_SameContent()
    {
        var a = Import("un_variant_a.xml");
        var b = Import("un_variant_b.xml");
        Assert.Equal(3, a.Parties.Count);
        Assert.True(b.DiffFrom(a).IsEmpty, string.Join("; ", b.DiffFrom(a).Changed.Select(c => string.Join(",", c.Fields))));
        var jo = b.Parties.Single(p => p.StableId == "6908514");
        Assert.Equal("KPi.034", jo.Reference);           // "KPi.034 " with a stray space
        Assert.Equal("JO YONG CHOL", jo.PrimaryName);      // "YONG  CHOL" doubled space
        Assert.Equal(2, jo.Names.Count);                   // the empty placeholder alias is dropped
        Assert.Equal(new DateOnly(1973, 9, 30), jo.BirthDates.Single().Exact);
        var anwari = b.Parties.Single(p => p.StableId == "110447");
        Assert.Contains(anwari.BirthDates, d => d is { FromYear: 1958, ToYear: 1963 });
    }

    [Fact]
    public void Diff_ChangedAddedRemoved_ByStableId()
    {
        var before = Import("un_variant_a.xml");
        var text = File.ReadAllText(SharedData.Fixture("un_variant_a.xml"))
            .Replace("Cho Yong Chol", "Jo Yong-chol", StringComparison.Ordinal)
            .Replace("<DATAID>113420</DATAID>", "<DATAID>999</DATAID>", StringComparison.Ordinal);
        var after = UnXmlImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text))).Snapshot!;
        var diff = after.DiffFrom(before);
        Assert.Equal("999", Assert.Single(diff.Added).StableId);
        Assert.Equal("113420", Assert.Single(diff.Removed).StableId);
        var change = Assert.Single(diff.Changed);
        Assert.Equal(["names"], change.Fields);
    }

    private static ListSnapshot Import(string fixture)
    {
        using var s = File.OpenRead(SharedData.Fixture(fixture));
        var result = UnXmlImporter.Import(s);
        Assert.True(result.Succeeded, result.Describe());
        return result.Snapshot!;
    }
}
