using CsCheck;
using System.Text;
using Remnant.Data.Sanctions;
using Remnant.Domain.Screening;

namespace Remnant.Data.Tests.Sanctions;

public sealed class HostileFileTests
{
    [Theory]
    [InlineData("billion_laughs.xml", "DTD")]
    [InlineData("external_entity.xml", "DTD")]
    [InlineData("not_xml.txt", "not a recognised sanctions list")]
    [InlineData("wrong_root.xml", "not a recognised sanctions list")]
    public void Import_HostileFile_ClearErrorNoSnapshot(string fixture, string expected)
    {
        var result = SanctionsFile.Import(SharedData.Fixture(fixture));
        Assert.False(result.Succeeded);
        Assert.Null(result.Snapshot);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("billion_laughs.xml")]
    [InlineData("external_entity.xml")]
    public void UnImporter_Dtd_RefusedWithLine(string fixture)
    {
        using var s = File.OpenRead(SharedData.Fixture(fixture));
        var result = UnXmlImporter.Import(s);
        Assert.False(result.Succeeded);
        Assert.Contains("DTD", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Line);
    }

    [Fact]
    public void UnImporter_WrongRoot_NamesIt()
    {
        using var s = File.OpenRead(SharedData.Fixture("wrong_root.xml"));
        var result = UnXmlImporter.Import(s);
        Assert.False(result.Succeeded);
        Assert.Contains("<SANCTIONS>", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Line);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Import_TruncatedRealFile_ErrorWithLine(double fraction)
    {
        var bytes = File.ReadAllBytes(SharedData.Sanctions("un_consolidated_2024-09-26.xml"));
        var cut = bytes[..(int)(bytes.Length * fraction)];
        var result = UnXmlImporter.Import(new MemoryStream(cut));
        Assert.False(result.Succeeded);
        Assert.NotNull(result.Line);
        Assert.True(result.Line > 100);
    }

    [Fact]
    public void Import_TruncatedOfacXml_Refused()
    {
        var bytes = File.ReadAllBytes(SharedData.Sanctions("ofac_cons_nonsdn_2018-04-06.xml"));
        var result = OfacXmlImporter.Import(new MemoryStream(bytes[..(bytes.Length / 3)]));
        Assert.False(result.Succeeded);
        Assert.NotNull(result.Line);
    }

    [Fact]
    public void Import_SourceMismatch_Refused()
    {
        var result = SanctionsFile.Import(SharedData.Sanctions("un_consolidated_2024-09-26.xml"), ListSource.Ofac);
        Assert.False(result.Succeeded);
        Assert.Contains("not ofac", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OfacXml_WrongNamespace_Refused()
    {
        var xml = "<?xml version=\"1.0\"?><sdnList><publshInformation><Publish_Date>04/06/2018</Publish_Date></publshInformation></sdnList>";
        var result = OfacXmlImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        Assert.False(result.Succeeded);
        Assert.Contains("tempuri", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ArbitraryBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var result = SanctionsFile.Import(new MemoryStream(bytes), null, DateTimeOffset.UnixEpoch);
            Assert.True(result.Succeeded || result.Error is { Length: > 0 });
        }, iter: 500);
    }

    [Theory]
    [InlineData("<?xml version='1.0'?><CONSOLIDATED_LIST dateGenerated='x'>", ListFormat.UnXml)]
    [InlineData("\uFEFF<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">", ListFormat.OfacXml)]
    [InlineData("<!-- c --><export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">", ListFormat.EuXml)]
    [InlineData("\uFEFFfileGenerationDate;Entity_LogicalId;", ListFormat.EuCsv)]
    [InlineData("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",", ListFormat.OfacCsv)]
    [InlineData("2674,\"ABBAS, Abu\",\"individual\",\"SDGT\",", ListFormat.OfacCsv)]
    [InlineData("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- ", ListFormat.Unknown)]
    [InlineData("hello", ListFormat.Unknown)]
    public void Detect_FirstBytes_Format(string head, ListFormat expected) =>
        Assert.Equal(expected, ListFormats.Detect(Encoding.UTF8.GetBytes(head)));
}
