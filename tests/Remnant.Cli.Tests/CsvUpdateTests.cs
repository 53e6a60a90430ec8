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

        var result = await store.RunOkAsync("import", store.WriteFile("b.csv",
            "recovery_id,item_id,category,parent_item_id\nr1,board,component,missile\nr1,missile,missile,\n"));

        Assert.Contains("created 1 item; updated 1 item;", result.Stderr);
        Assert.Equal("missile", await store.QueryAsync(db => db.Items.Where(i => i.Id == "board").Select(i => i.ParentItemId).SingleAsync()));
        var change = await store.QueryAsync(db => db.History.SingleAsync(h => h.EntityId == "board" && h.Action == "updated"));
        Assert.Contains("\"parentItemId\":null", change.Before);
        Assert.Contains("\"parentItemId\":\"missile\"", change.After);
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
        Assert.Equal(2 * count + 2, await store.QueryAsync(db => db.History.CountAsync()));
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
