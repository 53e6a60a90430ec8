using Remnant.Data.Sanctions;
using Remnant.Domain.Screening;

namespace Remnant.Data.Tests.Sanctions;

/// <summary>No real EU release is available offline: these read FIXTURES written from the format
/// facts in DOMAIN.md section 6 (Fixtures/eu_fixture.xml and eu_fixture.csv), not real EU files.</summary>
public sealed class EuImporterTests
{
    [Theory]
    [InlineData("eu_fixture.xml")]
    [InlineData("eu_fixture.csv")]
    public void Import_Fixture_PartiesNamesAndFacts(string fixture)
    {
        var result = SanctionsFile.Import(SharedData.Fixture(fixture));
        Assert.True(result.Succeeded, result.Describe());
        var snapshot = result.Snapshot!;
        Assert.Equal(ListSource.Eu, snapshot.Source);
        Assert.Equal(new DateOnly(2024, 10, 1), DateOnly.FromDateTime(snapshot.GeneratedAt.Date));
        Assert.Equal(2, snapshot.Parties.Count);

        var komid = snapshot.Parties.Single(p => p.StableId == "13");
        Assert.Equal("EU.27.28", komid.Reference);
        Assert.Equal(PartySchema.Organization, komid.Schema);
        Assert.Equal(2, komid.Names.Count); // the name repeated per regulation is kept once
        Assert.Equal(["PRK"], komid.Programmes);

        var choe = snapshot.Parties.Single(p => p.StableId == "5150");
        Assert.Equal(PartySchema.Person, choe.Schema);
        Assert.Equal("Chun Sik Choe", choe.PrimaryName);
        Assert.Contains(choe.Names, n => n.Text == "최춘식");
        Assert.Contains(choe.BirthDates, d => d.Exact == new DateOnly(1954, 1, 12));
        Assert.Contains(choe.Identifiers, i => i.Number == "745310010");
        Assert.Contains(choe.CountryCodes, c => c.Value == "KP");
    }

    [Fact]
    public void Import_XmlAndCsvFixtures_SameParties()
    {
        var xml = SanctionsFile.Import(SharedData.Fixture("eu_fixture.xml")).Snapshot!;
        var csv = SanctionsFile.Import(SharedData.Fixture("eu_fixture.csv")).Snapshot!;
        Assert.Equal(xml.Parties.Select(p => p.StableId).Order(), csv.Parties.Select(p => p.StableId).Order());
    }

    [Fact]
    public void ImportCsv_MissingColumns_Refused()
    {
        var text = "\uFEFFfileGenerationDate;Entity_LogicalId;Something\n01/10/2024;13;x\n";
        var result = EuCsvImporter.Import(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.False(result.Succeeded);
        Assert.Contains("Entity_EU_ReferenceNumber", result.Error, StringComparison.Ordinal);
    }
}
