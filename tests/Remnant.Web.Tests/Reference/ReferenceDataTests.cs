using Remnant.Data.Reference;
using Remnant.Domain.Decoding;

namespace Remnant.Web.Tests.Reference;

public sealed class ReferenceDataTests : IDisposable
{
    private readonly string _override = Directory.CreateTempSubdirectory("remnant-reference-").FullName;

    public void Dispose() => Directory.Delete(_override, recursive: true);

    [Fact]
    public void Load_ShippedFiles_EveryRowHasSourceAndDomainCodes()
    {
        var data = ReferenceData.Load(null);

        var rows = data.Tables.Headstamps.Rows;
        Assert.True(rows.Count > 30, $"only {rows.Count} headstamp rows");
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        foreach (var code in new[] { "3", "38", "539", "T", "ТПЗ", "711", "17", "60", "188", "270", "71", "311", "LC", "FC", "IMI" })
        {
            Assert.Contains(rows, r => r.Code == code);
        }
        Assert.NotEmpty(data.Tables.DateCodeFormats.Rows);
        Assert.All(data.Files, f => Assert.False(f.Overridden));
        Assert.Equal(rows.Count, data.Files.Single(f => f.Name == ReferenceData.HeadstampsFile).Rows);
    }

    [Theory]
    [InlineData("539 67", "Tula Cartridge Plant (TPZ)", "1967-01-01", "1967-12-31")]
    [InlineData("LC 80", "Lake City Army Ammunition Plant (Independence, Missouri)", "1980-01-01", "1980-12-31")]
    [InlineData("38 43", "Yuryuzan Mechanical Plant (Chelyabinsk oblast)", "1943-01-01", "1943-12-31")]
    public void Load_ShippedHeadstamps_DecodeDomainVectors(string marking, string factory, string from, string to)
    {
        var decoder = new MarkingDecoder(ReferenceData.Load(null).Tables);

        var reading = Assert.Single(decoder.Decode(marking, new DecodeContext(new DateOnly(2026, 6, 15)), MarkingKind.Headstamp).Interpretations);

        Assert.Equal((factory, DateOnly.Parse(from), DateOnly.Parse(to)), (reading.Fields["factory"], reading.From, reading.To));
    }

    [Fact]
    public void Load_Shipped38In1941_TulaUntilOctoberYuryuzanFrom()
    {
        var decoder = new MarkingDecoder(ReferenceData.Load(null).Tables);

        var readings = decoder.Decode("38 41", new DecodeContext(new DateOnly(2026, 6, 15)), MarkingKind.Headstamp).Interpretations;

        Assert.Contains(readings, r => r.Fields["factory"].StartsWith("Tula") && r.To == new DateOnly(1941, 10, 31));
        Assert.Contains(readings, r => r.Fields["factory"].StartsWith("Yuryuzan") && r.From == new DateOnly(1941, 10, 1));
    }

    [Fact]
    public void Load_OverrideFile_ReplacesShippedTable()
    {
        File.WriteAllText(Path.Combine(_override, ReferenceData.HeadstampsFile),
            "code,factory,country,valid_from,valid_to,source,verified\nXX,Test factory,US,1950,1960,field note,false\n");

        var data = ReferenceData.Load(_override);

        var row = Assert.Single(data.Tables.Headstamps.Rows);
        Assert.Equal(("XX", new DateOnly(1950, 1, 1), new DateOnly(1960, 12, 31)), (row.Code, row.ValidFrom!.Value, row.ValidTo!.Value));
        Assert.True(data.Files.Single(f => f.Name == ReferenceData.HeadstampsFile).Overridden);
        Assert.False(data.Files.Single(f => f.Name == ReferenceData.DateCodeFormatsFile).Overridden);
    }

    [Theory]
    [InlineData("XX,Factory,SU,,,src,true", "ISO 3166-1")]
    [InlineData("XX,Factory,US,1941-13,,src,true", "valid_from")]
    [InlineData("XX,Factory,US,,,src,maybe", "true or false")]
    [InlineData("XX,Factory,US,,,,true", "'source' is empty")]
    [InlineData("XX,Factory,US,1950,1940,src,true", "after valid_to")]
    [InlineData("XX,Factory,US,,,src", "")]
    public void Load_BadRow_ErrorNamesFileAndLine(string badRow, string why)
    {
        var path = Path.Combine(_override, ReferenceData.HeadstampsFile);
        File.WriteAllText(path, "code,factory,country,valid_from,valid_to,source,verified\nLC,Lake City,US,1941,,src,true\n" + badRow + "\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_override));

        Assert.Equal(3, error.Line);
        Assert.Equal(path, error.Path);
        Assert.Contains($"{path}, line 3", error.Message);
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void Load_MissingColumn_ErrorNamesColumn()
    {
        File.WriteAllText(Path.Combine(_override, ReferenceData.DateCodeFormatsFile), "maker,format,source\nTI,yyww,src\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_override));

        Assert.Contains("missing column(s) notes, verified", error.Message);
    }

    [Fact]
    public void Load_UnknownDateCodeFormat_Rejected()
    {
        File.WriteAllText(Path.Combine(_override, ReferenceData.DateCodeFormatsFile), "maker,format,notes,source,verified\nTI,yyyyww,,src,true\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_override));

        Assert.Equal(2, error.Line);
        Assert.Contains("yyyyww", error.Message);
    }
}
