using System.Text;
using Remnant.Data.Sanctions;
using Remnant.Domain.Screening;

namespace Remnant.Data.Tests.Sanctions;

public sealed class OfacImporterTests
{
    private static readonly DateTimeOffset Release = new(2021, 7, 7, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ListSnapshot> Sdn = new(() =>
    {
        var result = SanctionsFile.Import(SharedData.Sanctions("ofac_2021-07_sdn.csv"), null, Release);
        Assert.True(result.Succeeded, result.Describe());
        return result.Snapshot!;
    });

    [Fact]
    public void ImportCsv_RealRelease_CountsMatchReadme()
    {
        var snapshot = Sdn.Value;
        Assert.Equal(ListSource.Ofac, snapshot.Source);
        Assert.Equal(8976, snapshot.Parties.Count);
        Assert.Equal(Release, snapshot.GeneratedAt);
        // alt.csv's 11,910 rows: every one is kept unless it repeats a name the party already has.
        var listed = snapshot.Parties.Sum(p => p.Names.Count(n => n.Quality is AliasQuality.Aka or AliasQuality.Fka or AliasQuality.Nka));
        Assert.InRange(listed, 11_800, 11_910);
    }

    [Fact]
    public void ImportCsv_Komid_ProgrammesAliasesAndWeakAlias()
    {
        var komid = Sdn.Value.Parties.Single(p => p.StableId == "9345");
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Equal(["NPWMD", "DPRK2"], komid.Programmes);
        Assert.Contains(komid.Names, n => n is { Text: "CHANGGWANG SINYONG CORPORATION", Quality: AliasQuality.Aka });
        Assert.Contains(komid.Names, n => n is { Text: "KOMID", Quality: AliasQuality.Weak });
    }

    [Fact]
    public void ImportCsv_Individual_RemarksGiveBirthDateAndDocuments()
    {
        var zawahiri = Sdn.Value.Parties.Single(p => p.StableId == "2676");
        Assert.Equal(PartySchema.Person, zawahiri.Schema);
        Assert.Equal("AL ZAWAHIRI, Dr. Ayman", zawahiri.PrimaryName);
        Assert.Contains(zawahiri.BirthDates, d => d.Exact == new DateOnly(1951, 6, 19));
        Assert.Contains(zawahiri.Identifiers, i => i.Type == "Passport" && i.Number == "1084010" && i.Country == "Egypt");
    }

    [Fact]
    public void ImportCsv_AddressesGiveCountries() =>
        Assert.Contains(Sdn.Value.Parties.Single(p => p.StableId == "306").Countries, c => c == "Switzerland");

    [Fact]
    public void ImportXml_NonSdnRelease_CountAndDate()
    {
        var result = SanctionsFile.Import(SharedData.Sanctions("ofac_cons_nonsdn_2018-04-06.xml"));
        Assert.True(result.Succeeded, result.Describe());
        var snapshot = result.Snapshot!;
        Assert.Equal(639, snapshot.Parties.Count);
        Assert.Equal(new DateTimeOffset(2018, 4, 6, 0, 0, 0, TimeSpan.Zero), snapshot.GeneratedAt);
        var markazi = snapshot.Parties.Single(p => p.StableId == "4632");
        Assert.Contains(markazi.Names, n => n is { Text: "CENTRAL BANK OF IRAN", Quality: AliasQuality.Strong });
        Assert.DoesNotContain(markazi.Identifiers, i => i.Type.StartsWith("Additional", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\r\n", "expected 12 columns, found 4")]
    [InlineData("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n36,\"AGAIN\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", "appears twice")]
    [InlineData("x6,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", "not a number")]
    public void ImportCsv_BadRows_ErrorWithLine(string csv, string expected)
    {
        var result = OfacCsvImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), null, null, null, Release);
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("line", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportCsv_TrailingSubstituteByte_Ignored()
    {
        var csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a";
        var result = OfacCsvImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), null, null, null, Release);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Null(result.Snapshot!.Parties[0].Remarks);
    }

    [Fact]
    public void ImportCsv_AliasOfUnknownEntry_Refused()
    {
        var sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var alt = "37,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n";
        var result = OfacCsvImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(sdn)), new MemoryStream(Encoding.UTF8.GetBytes(alt)), null, null, Release);
        Assert.False(result.Succeeded);
        Assert.Contains("alt.csv line 1", result.Error, StringComparison.Ordinal);
    }
}
