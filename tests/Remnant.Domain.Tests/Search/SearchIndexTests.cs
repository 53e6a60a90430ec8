using Remnant.Domain.Search;

namespace Remnant.Domain.Tests.Search;

public sealed class SearchIndexTests
{
    private static SearchIndex Sample()
    {
        var index = new SearchIndex();
        index.Upsert("kornet-1", [new(SearchField.Serial, "A00G028686"), new(SearchField.Lot, "05-12")]);
        index.Upsert("rifle-1", [new(SearchField.Serial, "КЕ 1523")]);            // Cyrillic К and Е
        index.Upsert("reg-1", [new(SearchField.Serial, "369257")]);
        index.Upsert("reg-2", [new(SearchField.Serial, "369M257")]);
        index.Upsert("reg-3", [new(SearchField.Serial, "J369257")]);
        index.Upsert("box-1", [new(SearchField.BoxMarking, "9М133-1 ПАРТИЯ 05-12")]);
        index.Upsert("dprk-1", [new(SearchField.Marking, "화성-11 113")]);
        return index;
    }

    [Theory]
    [InlineData("A00G028686", SearchMode.Exact, "kornet-1")]
    [InlineData("a00g-028686", SearchMode.Exact, "kornet-1")]
    [InlineData("KE1523", SearchMode.Exact, "rifle-1")]                 // Latin query, Cyrillic record
    [InlineData("02868", SearchMode.Partial, "kornet-1")]
    [InlineData("0512", SearchMode.Partial, "kornet-1,box-1")]
    [InlineData("ПАРТИЯ", SearchMode.Partial, "box-1")]
    [InlineData("화성", SearchMode.Partial, "dprk-1")]
    [InlineData("AO0G028686", SearchMode.Fuzzy, "kornet-1")]
    [InlineData("369J257", SearchMode.Fuzzy, "reg-1,reg-2,reg-3")]
    [InlineData("KE1S23", SearchMode.Fuzzy, "rifle-1")]
    public void Search_Examples_FindItems(string query, SearchMode mode, string expected)
    {
        using var index = Sample();
        var result = index.Search(query, mode);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected.Split(',').Order(), result.Hits.Select(h => h.ItemId).Order());
    }

    [Theory]
    [InlineData("02868", SearchMode.Partial, "partial: contains '02868' in serial 'A00G028686'")]
    [InlineData("A00G", SearchMode.Partial, "partial: serial 'A00G028686' starts with 'A00G'")]
    [InlineData("AO0G028686", SearchMode.Fuzzy, "fuzzy: O/0 OCR confusion at position 2 in serial 'A00G028686'")]
    [InlineData("ke-1523", SearchMode.Exact, "exact: serial 'КЕ 1523' has the same fold key 'KE1523'")]
    public void Search_Hit_ExplainsWhy(string query, SearchMode mode, string reason)
    {
        using var index = Sample();
        Assert.Equal(reason, index.Search(query, mode).Hits[0].Reason);
    }

    [Fact]
    public void Search_Fuzzy_RanksRegistryVariantsAbovePrefixEdit()
    {
        using var index = Sample();
        var hits = index.Search("369J257", SearchMode.Fuzzy).Hits;
        Assert.Equal("reg-3", hits[^1].ItemId);   // J369257: the prefix letter is a real edit
        Assert.True(hits[0].Score > hits[^1].Score);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData("--")]
    [InlineData("12*")]
    [InlineData("%0512%")]
    [InlineData("1' OR 1=1")]
    [InlineData("x; DROP TABLE items")]
    [InlineData("0 UNION SELECT password FROM users")]
    public void Search_BadQuery_IsRefusedWithReason(string? query)
    {
        using var index = Sample();
        var result = index.Search(query, SearchMode.Partial);
        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Search_TooLong_IsRefused()
    {
        using var index = Sample();
        Assert.False(index.Search(new string('7', 257), SearchMode.Fuzzy).IsValid);
    }

    [Fact]
    public void Upsert_Replacement_ForgetsOldText()
    {
        using var index = Sample();
        index.Upsert("kornet-1", [new(SearchField.Serial, "N1500131")]);
        Assert.Empty(index.Search("A00G028686", SearchMode.Exact).Hits);
        Assert.Equal("kornet-1", index.Search("1500131", SearchMode.Partial).Hits.Single().ItemId);
    }

    [Fact]
    public void Remove_Item_DisappearsFromEveryMode()
    {
        using var index = Sample();
        Assert.True(index.Remove("kornet-1"));
        Assert.False(index.Remove("kornet-1"));
        foreach (var mode in Enum.GetValues<SearchMode>()) Assert.Empty(index.Search("A00G028686", mode).Hits);
    }

    [Fact]
    public void Compact_AfterManyReplacements_KeepsLiveEntriesOnly()
    {
        using var index = new SearchIndex();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 200; i++) index.Upsert($"item-{i}", [new(SearchField.Serial, $"R{round}X{i:D5}")]);
        }
        index.Compact();
        Assert.Equal(0, index.DeadEntries);
        Assert.Equal(200, index.EntryCount);
        Assert.Equal(200, index.Search("R2X", SearchMode.Partial, 1000).TotalMatches);
        Assert.Empty(index.Search("R1X", SearchMode.Partial).Hits);
    }

    [Fact]
    public void Search_VeryCommonFragment_KeepsTheBestAndReportsALowerBound()
    {
        using var index = new SearchIndex();
        for (var i = 0; i < 5000; i++) index.Upsert($"long-{i}", [new(SearchField.Marking, $"MADE 2023 LOT {i:D5}")]);
        for (var i = 0; i < 20; i++) index.Upsert($"short-{i}", [new(SearchField.Lot, $"LOT {i:D2}")]);
        foreach (var q in new[] { "LO", "LOT" })
        {
            var result = index.Search(q, SearchMode.Partial, 10);
            Assert.Equal(Enumerable.Range(0, 10).Select(i => $"short-{i}"), result.Hits.Select(h => h.ItemId));
            Assert.False(result.TotalIsExact);
            Assert.InRange(result.TotalMatches, 1000, 5020);
        }
        Assert.Equal(20, index.Search("LOT", SearchMode.Partial, 20).Hits.Count(h => h.ItemId.StartsWith("short-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Search_Limit_GivesDistinctItems()
    {
        using var index = new SearchIndex();
        for (var i = 0; i < 50; i++)
        {
            index.Upsert($"item-{i}", [new(SearchField.Serial, $"AB{i:D4}"), new(SearchField.Marking, $"AB{i:D4} MADE 1985")]);
        }
        var hits = index.Search("AB00", SearchMode.Partial, 10).Hits;
        Assert.Equal(10, hits.Count);
        Assert.Equal(10, hits.Select(h => h.ItemId).Distinct().Count());
        Assert.All(hits, h => Assert.Equal(SearchField.Serial, h.Field));
    }
}
