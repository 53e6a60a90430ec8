using System.Text;
using Remnant.Data.Reference;

namespace Remnant.Data.Tests.Reference;

public sealed class EmbargoesFileTests
{
    [Fact]
    public void Locate_OverrideInDataDirectory_Wins()
    {
        var dir = Directory.CreateTempSubdirectory("remnant-ref-");
        try
        {
            Assert.Equal(Path.Combine(AppContext.BaseDirectory, "reference", "embargoes.json"), EmbargoesFile.Locate(dir.FullName));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "reference"));
            var own = Path.Combine(dir.FullName, "reference", "embargoes.json");
            File.WriteAllText(own, Minimal("x-1", "2001-01-01", null));
            Assert.Equal(own, EmbargoesFile.Locate(dir.FullName));
            var load = EmbargoesFile.Load(dir.FullName);
            Assert.True(load.Succeeded, string.Join("; ", load.Errors));
            Assert.Equal("x-1", Assert.Single(load.Measures).Id);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("{ not json", "not valid embargo JSON")]
    [InlineData("{\"measures\": []}", "no measures")]
    public void Read_BadDocument_Error(string json, string expected)
    {
        var load = EmbargoesFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.False(load.Succeeded);
        Assert.Contains(expected, load.Errors[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2001-01-01", "2000-01-01", "ends before it is in force")]
    [InlineData("01/01/2001", null, "not a yyyy-MM-dd date")]
    public void Read_BadEntry_ErrorNamesTheMeasure(string inForce, string? ends, string expected)
    {
        var load = EmbargoesFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Minimal("bad-1", inForce, ends))));
        Assert.False(load.Succeeded);
        Assert.Contains("bad-1", load.Errors[0], StringComparison.Ordinal);
        Assert.Contains(expected, load.Errors[0], StringComparison.Ordinal);
    }

    private static string Minimal(string id, string inForce, string? ends) => $$"""
        { "measures": [ { "id": "{{id}}", "regime": "Test", "resolution": 1, "year": 2000, "paragraph": "1",
          "adopted": "2000-01-01", "inForce": "{{inForce}}", "ends": {{(ends is null ? "null" : $"\"{ends}\"")}},
          "target": "State", "country": "KP", "directions": ["SupplyTo"], "scopes": ["AllArms"], "effect": "Prohibited",
          "verified": false, "source": "test" } ] }
        """;
}
