using System.Text;
using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Tests.Infrastructure;

namespace Remnant.Cli.Tests;

public sealed class CsvUpdateTests
{
    public static TheoryData<string> Providers => Infrastructure.Providers.All;

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_StoredItemGivenNewParent_ParentCreatedFirstAndChangeInHistory(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("import", store.WriteFile("a.csv", "recovery_id,item_id,category\nr1,board,component\n"));

        // The new parent comes after enough new items to be saved in a later batch than the first.
        var csv = new StringBuilder("recovery_id,item_id,category,parent_item_id\nr1,board,component,missile\n");
        for (var i = 0; i < 2_500; i++) csv.Append($"r1,fragment-{i},component,\n");
        csv.Append("r1,missile,missile,\n");
        var result = await store.RunOkAsync("import", store.WriteFile("b.csv", csv.ToString()));

        Assert.Contains("created 2501 items; updated 1 item;", result.Stderr);
        Assert.Equal("missile", await store.QueryAsync(db => db.Items.Where(i => i.Id == "board").Select(i => i.ParentItemId).SingleAsync()));
        var change = await store.QueryAsync(db => db.History.SingleAsync(h => h.EntityId == "board" && h.Action == "updated"));
        Assert.Contains("\"parentItemId\":null", change.Before);
        Assert.Contains("\"parentItemId\":\"missile\"", change.After);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_ParentAlreadyStored_ComponentAttached(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("demo");

        await store.RunOkAsync("import", store.WriteFile("more.csv",
            "recovery_id,item_id,category,parent_item_id,markings\n" +
            "demo-rec-2024-01-02-kharkiv,ic-extra,component,demo-item-kharkiv-board,2207\n"));

        Assert.Equal("demo-item-kharkiv-board", await store.QueryAsync(db => db.Items.Where(i => i.Id == "ic-extra").Select(i => i.ParentItemId).SingleAsync()));
        // The stored recovery is named but not changed: the file has none of its columns.
        Assert.Equal(0, await store.QueryAsync(db => db.History.CountAsync(h => h.EntityType == "Recovery" && h.Action == "updated")));
        Assert.Equal(1, await store.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_ComponentsBeforeParentsAcrossBatches_AllSaved(string provider)
    {
        // 3,000 items, each a component of the item on the next row: every parent is defined after
        // its child, and the chain spans more than one save batch.
        const int count = 3_000;
        var csv = new StringBuilder("recovery_id,item_id,category,parent_item_id,markings\n");
        for (var i = 0; i < count; i++)
            csv.Append($"r1,i{i},{(i == count - 1 ? "missile" : "component")},{(i == count - 1 ? "" : $"i{i + 1}")},M{i}\n");
        await using var store = new CliStore(provider);

        await store.RunOkAsync("import", store.WriteFile("chain.csv", csv.ToString()));

        Assert.Equal(count, await store.QueryAsync(db => db.Items.CountAsync()));
        Assert.Equal(count, await store.QueryAsync(db => db.Markings.CountAsync()));
        Assert.Equal("i1", await store.QueryAsync(db => db.Items.Where(i => i.Id == "i0").Select(i => i.ParentItemId).SingleAsync()));
        // Decoding adds readings of its own to the history; count the imported records' entries.
        Assert.Equal(2 * count + 2, await store.QueryAsync(db => db.History.CountAsync(h => h.EntityType == "Item" || h.EntityType == "Marking" || h.EntityType == "Case" || h.EntityType == "Recovery")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_RetractedItem_RefusedAndNothingWritten(string provider)
    {
        await using var store = new CliStore(provider);
        await store.RunOkAsync("import", store.WriteFile("a.csv", "recovery_id,item_id,category\nr1,i1,uav\n"));
        await store.QueryAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Id == "i1");
            item.RetractedAt = FixedClock.Default;
            item.RetractedBy = "tester";
            item.RetractionReason = "Duplicate record.";
            return await db.SaveChangesAsync();
        });

        var result = await store.RunAsync("import", store.WriteFile("b.csv", "recovery_id,item_id,category\nr1,i2,uav\nr1,i1,uav\n"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3: item_id: Item 'i1' is retracted", result.Stderr);
        Assert.False(await store.QueryAsync(db => db.Items.AnyAsync(i => i.Id == "i2")));
    }
}
