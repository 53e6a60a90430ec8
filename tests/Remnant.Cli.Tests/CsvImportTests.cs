using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Tests.Infrastructure;
using Remnant.Domain.Items;

namespace Remnant.Cli.Tests;

public sealed class CsvImportTests
{
    private const string Header =
        "recovery_id,item_id,category,case,recovered_on,documented_on,country,latitude,longitude,place,parent_item_id,model,serial_number,quantity,markings";

    // A component names its parent before the parent's row; markings are split on '|'.
    private const string Nested = Header + "\n" +
        "rec-kharkiv,ic-1,Component,,2024-01-02,2024-01-05,ua,49.9935,36.2304,Kharkiv,board-1,Integrated circuit,,2,2301|2310\n" +
        "rec-kharkiv,missile-1,rocket,,2024-01-02,2024-01-05,ua,49.9935,36.2304,Kharkiv,,KN-23,,,\n" +
        "rec-kharkiv,board-1,component,,2024-01-02,2024-01-05,UA,49.9935,36.2304,Kharkiv,guidance-1,\"Circuit board, main\",,,\n" +
        "rec-kharkiv,guidance-1,COMPONENT,,2024-01-02,2024-01-05,UA,49.9935,36.2304,Kharkiv,missile-1,Guidance section,,,\n" +
        "rec-kyiv,rifle-1,small arm,,2024-08-18,2024-08-20,UA,,,North of Kyiv,,AK-74,АК 123,1, 113 | 주체113 \n";

    public static TheoryData<string> Providers => Infrastructure.Providers.All;

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_SerialsInSequenceAcrossRecoveries_OneLinkPerPair(string provider)
    {
        // Both items are new in one import: the link is found from each end, worded from each, and
        // must still be stored once (this failed the whole import at its last step).
        await using var store = new CliStore(provider);
        var csv = Header + "\n" +
            "rec-a,rifle-a,small arm,,2024-01-02,,UA,,,,,AK-74,SN0001949,1,\n" +
            "rec-b,rifle-b,small arm,,2024-02-02,,UA,,,,,AK-74,SN0001950,1,\n";
        await store.RunOkAsync("import", store.WriteFile("items.csv", csv));
        var links = await store.QueryAsync(db => db.ItemLinks.ToListAsync());
        var link = Assert.Single(links);
        Assert.Equal(("rifle-a", "rifle-b"), (link.FirstItemId, link.SecondItemId));
        Assert.Contains("1 apart", link.Reason, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_NestedComponentsAndMarkings_StoredInOneNewCase(string provider)
    {
        await using var store = new CliStore(provider);
        var result = await store.RunOkAsync("import", store.WriteFile("items.csv", Nested));

        Assert.Equal("", result.Stdout);
        Assert.Contains("items.csv: 5 rows read: 5 accepted, 0 rejected.", result.Stderr);
        var cases = await store.QueryAsync(db => db.Cases.ToListAsync());
        var only = Assert.Single(cases);
        Assert.Equal("Import of items.csv on 2026-11-29", only.Title);
        var recoveries = await store.QueryAsync(db => db.Recoveries.OrderBy(r => r.Id).ToListAsync());
        Assert.All(recoveries, r => Assert.Equal(only.Id, r.CaseId));
        Assert.Equal(["rec-kharkiv", "rec-kyiv"], recoveries.Select(r => r.Id));
        Assert.Equal("UA", recoveries[0].Country);
        Assert.Equal(new DateOnly(2024, 1, 5), recoveries[0].DocumentedOn);

        var items = await store.QueryAsync(db => db.Items.ToDictionaryAsync(i => i.Id));
        Assert.Equal("board-1", items["ic-1"].ParentItemId);
        Assert.Equal("guidance-1", items["board-1"].ParentItemId);
        Assert.Equal("missile-1", items["guidance-1"].ParentItemId);
        Assert.Null(items["missile-1"].ParentItemId);
        Assert.Equal(ItemCategory.Missile, items["missile-1"].Category);
        Assert.Equal(ItemCategory.SmallArm, items["rifle-1"].Category);
        Assert.Equal(2, items["ic-1"].Quantity);
        Assert.Equal("Circuit board, main", items["board-1"].Model);
        Assert.Equal("АК 123", items["rifle-1"].SerialNumber);

        var markings = await store.QueryAsync(db => db.Markings.OrderBy(m => m.Text).Select(m => new { m.ItemId, m.Text }).ToListAsync());
        Assert.Equal(["2301", "2310"], markings.Where(m => m.ItemId == "ic-1").Select(m => m.Text));
        Assert.Equal(["113", "주체113"], markings.Where(m => m.ItemId == "rifle-1").Select(m => m.Text));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_SameFileTwice_NothingChangesAndNoHistory(string provider)
    {
        await using var store = new CliStore(provider);
        var path = store.WriteFile("items.csv", Nested);
        await store.RunOkAsync("import", path);
        var history = await store.QueryAsync(db => db.History.CountAsync());
        var counts = await store.QueryAsync(async db => (await db.Cases.CountAsync(), await db.Items.CountAsync(), await db.Markings.CountAsync()));

        var second = await store.RunOkAsync("import", path);

        Assert.Contains("created nothing; updated nothing", second.Stderr);
        Assert.Equal(history, await store.QueryAsync(db => db.History.CountAsync()));
        Assert.Equal(counts, await store.QueryAsync(async db => (await db.Cases.CountAsync(), await db.Items.CountAsync(), await db.Markings.CountAsync())));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_ChangedValue_UpdatesOnlyThatRecord(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("import", store.WriteFile("a.csv", Nested));
        var history = await store.QueryAsync(db => db.History.CountAsync());

        var result = await store.RunOkAsync("import", store.WriteFile("b.csv", Nested.Replace("KN-23,", "KN-24,", StringComparison.Ordinal)));

        Assert.Contains("updated 1 item;", result.Stderr);
        Assert.Equal("KN-24", await store.QueryAsync(db => db.Items.Where(i => i.Id == "missile-1").Select(i => i.Model).SingleAsync()));
        Assert.Equal(history + 1, await store.QueryAsync(db => db.History.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_CaseOptionNamesExistingTitle_RowsGoThere(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("demo");
        await store.RunOkAsync("import", store.WriteFile("items.csv", Nested), "--case", "DPRK ballistic missiles used against Ukraine, 2024");

        Assert.Equal(1, await store.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal("demo-dprk-2024", await store.QueryAsync(db => db.Recoveries.Where(r => r.Id == "rec-kyiv").Select(r => r.CaseId).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_CaseColumn_GroupsByNamedCase(string provider)
    {
        await using var store = new CliStore(provider);
        var csv = "recovery_id,item_id,category,case\nr1,i1,ammunition,Yemen dhow seizure\nr1,i2,small-arm,Yemen dhow seizure\nr2,i3,uav,\n";
        await store.RunOkAsync("import", store.WriteFile("mixed.csv", csv));

        var cases = await store.QueryAsync(db => db.Cases.OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync());
        Assert.Equal(["Import of mixed.csv on 2026-11-29", "Yemen dhow seizure"], cases.Select(c => c.Title));
        var r1 = await store.QueryAsync(db => db.Recoveries.SingleAsync(r => r.Id == "r1"));
        Assert.Equal(cases.Single(c => c.Title == "Yemen dhow seizure").Id, r1.CaseId);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_BomAndCrLf_Accepted(string provider)
    {
        await using var store = new CliStore(provider);
        var path = store.WriteFile("excel.csv", Nested.Replace("\n", "\r\n", StringComparison.Ordinal), bom: true);
        await store.RunOkAsync("import", path, "--format", "csv");
        Assert.Equal(5, await store.QueryAsync(db => db.Items.CountAsync()));
    }
}
