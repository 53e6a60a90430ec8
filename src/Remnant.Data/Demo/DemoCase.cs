using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Demo;

/// <summary>The demo case, built only from public reporting (DOMAIN.md section 1): remnants of
/// DPRK KN-23/KN-24 missiles used against Ukraine in 2024. Where the reporting gives no value
/// (exact impact sites, part numbers) the field is left empty or the text says it is an example.</summary>
public static partial class DemoCase
{
    public const string CaseId = "demo-dprk-2024";

    /// <summary>Adds the demo case unless it is already there.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<RemnantDbContext>();
        if (await db.Cases.FindAsync([CaseId], cancellationToken) is not null) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var actor = services.GetRequiredService<IOptions<RemnantOptions>>().Value.Operator;

        db.Cases.Add(new Case
        {
            Id = CaseId, Title = "DPRK ballistic missiles used against Ukraine, 2024", CreatedAt = now,
            Description = "Remnants of North Korean short-range ballistic missiles of the KN-23/KN-24 (Hwasong-11) family used in strikes " +
                          "on Ukraine in 2024, from public reporting. Any export of arms by the DPRK, and any procurement of them from it, " +
                          "is prohibited by UN Security Council resolutions. Demo data: values the public reporting does not give are left empty.",
        });
        foreach (var recovery in Recoveries(now)) db.Recoveries.Add(recovery);
        foreach (var item in Items(now)) db.Items.Add(item);
        foreach (var marking in Markings(now, actor)) db.Markings.Add(marking);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Recovery Recovery(string id, DateTimeOffset now, RecoveryFields fields)
    {
        var recovery = new Recovery { Id = id, CaseId = CaseId, CreatedAt = now };
        var errors = Domain.Recoveries.Recovery.Apply(recovery, fields, DateOnly.FromDateTime(now.UtcDateTime));
        return errors.IsValid ? recovery : throw new InvalidOperationException($"Demo recovery {id} is invalid: {errors}");
    }

    private static Item Item(string id, string recoveryId, DateTimeOffset now, ItemFields fields)
    {
        var item = new Item { Id = id, RecoveryId = recoveryId, CreatedAt = now };
        var errors = Domain.Items.Item.Apply(item, fields, []);
        return errors.IsValid ? item : throw new InvalidOperationException($"Demo item {id} is invalid: {errors}");
    }

    private static Marking Marking(string id, string itemId, string text, string location, DateTimeOffset now, string actor,
        MarkingMethod method = MarkingMethod.Unknown) =>
        Domain.Markings.Marking.Create(id, itemId, new MarkingFields(text, location, method), actor, now);
}
