using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Demo;

public static partial class DemoCase
{
    private const string Kharkiv = "demo-rec-2024-01-02-kharkiv", Aug18 = "demo-rec-2024-08-18-kyiv";

    private static IEnumerable<Recovery> Recoveries(DateTimeOffset now)
    {
        yield return Recovery(Kharkiv, now, new RecoveryFields(
            Latitude: 49.9935, Longitude: 36.2304, Country: "UA", AdminArea: "Kharkiv Oblast", PlaceName: "Kharkiv",
            RecoveredOn: new DateOnly(2024, 1, 2),
            Circumstances: "Debris of a DPRK missile that struck Kharkiv on 2 Jan 2024. It held more than 290 foreign electronic components " +
                           "from 26 companies (about 75% US-headquartered). Coordinates are the city centre, not the impact site. " +
                           "Recovery date taken as the strike date.",
            SourceType: SourceType.PartnerGovernment));
        foreach (var (date, id) in new[] { (new DateOnly(2024, 7, 30), "demo-rec-2024-07-30"), (new DateOnly(2024, 8, 5), "demo-rec-2024-08-05"), (new DateOnly(2024, 8, 6), "demo-rec-2024-08-06") })
        {
            yield return Recovery(id, now, new RecoveryFields(Country: "UA", RecoveredOn: date,
                Circumstances: $"Remnants of a KN-23/KN-24 family missile used in the strike of {date:d MMM yyyy}, examined on site. " +
                               "The public reporting does not give the site. Recovery date taken as the strike date.",
                SourceType: SourceType.FieldDocumentation));
        }
        yield return Recovery(Aug18, now, new RecoveryFields(Country: "UA", AdminArea: "Kyiv Oblast", PlaceName: "North of Kyiv (exact site not published)",
            RecoveredOn: new DateOnly(2024, 8, 18),
            Circumstances: "Debris of a KN-23/KN-24 family missile from the strike of 18 Aug 2024, found north of Kyiv and examined on site. " +
                           "Two jet-vane actuators carried the marking 113: Juche year 113 = 2024, so the missile was produced at most 230 days " +
                           "before it was used. Recovery date taken as the strike date.",
            SourceType: SourceType.FieldDocumentation));
    }

    private static IEnumerable<Item> Items(DateTimeOffset now)
    {
        const string missile = "KN-23/KN-24 (Hwasong-11) family short-range ballistic missile";
        yield return Item("demo-item-kharkiv-missile", Kharkiv, now, new ItemFields(ItemCategory.Missile, Model: missile,
            CountryOfManufacture: "KP", Description: "Missile debris.", Condition: "Fragmented"));
        yield return Item("demo-item-kharkiv-guidance", Kharkiv, now, new ItemFields(ItemCategory.Component, "demo-item-kharkiv-missile",
            Model: "Guidance section", Description: "Guidance section remnants holding foreign electronic components."));
        yield return Item("demo-item-kharkiv-board", Kharkiv, now, new ItemFields(ItemCategory.Component, "demo-item-kharkiv-guidance",
            Model: "Circuit board", Description: "Example circuit board."));
        var codes = new[] { ("2301", "a"), ("2310", "b"), ("2252", "c") };
        foreach (var (code, suffix) in codes)
        {
            yield return Item($"demo-item-kharkiv-ic-{suffix}", Kharkiv, now, new ItemFields(ItemCategory.Component, "demo-item-kharkiv-board",
                Model: "Integrated circuit", Description: $"Example component carrying date code {code}: the reporting found most components made " +
                "2021-2023 and that the missile could not have been assembled before March 2023. Maker and part number not given in this demo."));
        }
        foreach (var id in new[] { "demo-rec-2024-07-30", "demo-rec-2024-08-05", "demo-rec-2024-08-06" })
        {
            yield return Item($"{id.Replace("rec", "item", StringComparison.Ordinal)}-missile", id, now,
                new ItemFields(ItemCategory.Missile, Model: missile, CountryOfManufacture: "KP", Condition: "Fragmented"));
        }
        yield return Item("demo-item-2024-08-18-missile", Aug18, now, new ItemFields(ItemCategory.Missile, Model: missile,
            CountryOfManufacture: "KP", Condition: "Fragmented"));
        for (var n = 1; n <= 2; n++)
        {
            yield return Item($"demo-item-2024-08-18-actuator-{n}", Aug18, now, new ItemFields(ItemCategory.Component, "demo-item-2024-08-18-missile",
                Model: "Jet-vane actuator", CountryOfManufacture: "KP", Description: $"Jet-vane actuator {n} of 2."));
        }
    }

    private static IEnumerable<Marking> Markings(DateTimeOffset now, string actor)
    {
        for (var n = 1; n <= 2; n++)
            yield return Marking($"demo-mark-2024-08-18-actuator-{n}", $"demo-item-2024-08-18-actuator-{n}", "113", "Actuator housing", now, actor);
        foreach (var (code, suffix) in new[] { ("2301", "a"), ("2310", "b"), ("2252", "c") })
            yield return Marking($"demo-mark-kharkiv-ic-{suffix}", $"demo-item-kharkiv-ic-{suffix}", code, "Package top (date code)", now, actor, MarkingMethod.Printed);
        yield return Marking("demo-mark-kharkiv-hangul", "demo-item-kharkiv-missile", "화성-11", "Example marking in Hangul (illustrative, not from the reporting)", now, actor, MarkingMethod.Stencilled);
    }
}
