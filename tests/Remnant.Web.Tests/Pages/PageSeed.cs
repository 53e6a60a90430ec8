using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Pages;

/// <summary>Records written straight through the database (as the domain would accept them), so a
/// page test does not depend on the forms it is not about.</summary>
internal sealed class PageSeed(RemnantFactory factory)
{
    public static string Id(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public async Task<T> SaveAsync<T>(Func<RemnantDbContext, T> build)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
        var result = build(db);
        await db.SaveChangesAsync();
        return result;
    }

    public async Task<TResult> ReadAsync<TResult>(Func<RemnantDbContext, Task<TResult>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RemnantDbContext>());
    }

    public Task<Case> CaseAsync(string title) => SaveAsync(db =>
    {
        var c = new Case { Id = Id("case"), Title = title, CreatedAt = factory.Clock.Now };
        db.Cases.Add(c);
        return c;
    });

    public Task<Recovery> RecoveryAsync(string caseId, RecoveryFields? fields = null) => SaveAsync(db =>
    {
        var r = new Recovery { Id = Id("rec"), CaseId = caseId, CreatedAt = factory.Clock.Now };
        var errors = Recovery.Apply(r, fields ?? new RecoveryFields(Country: "UA", RecoveredOn: new DateOnly(2024, 8, 18)), DateOnly.FromDateTime(factory.Clock.Now.UtcDateTime));
        Assert.True(errors.IsValid, errors.ToString());
        db.Recoveries.Add(r);
        return r;
    });

    public Task<Item> ItemAsync(string recoveryId, ItemFields fields) => SaveAsync(db =>
    {
        var item = new Item { Id = Id("item"), RecoveryId = recoveryId, CreatedAt = factory.Clock.Now };
        var errors = Item.Apply(item, fields, []);
        Assert.True(errors.IsValid, errors.ToString());
        db.Items.Add(item);
        return item;
    });

    public Task<Marking> MarkingAsync(string itemId, string text, string? supersedes = null) => SaveAsync(db =>
    {
        var fields = new MarkingFields(text, "Housing", MarkingMethod.Stencilled);
        Assert.True(Marking.Validate(fields).IsValid);
        var marking = Marking.Create(Id("mark"), itemId, fields, "tester", factory.Clock.Now);
        marking.SupersedesId = supersedes;
        db.Markings.Add(marking);
        return marking;
    });
}
