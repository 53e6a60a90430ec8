using Remnant.Domain.Items;

namespace Remnant.Domain.Embargo;

/// <summary>Which embargo scopes an item category can fall under. Ammunition counts as related
/// materiel of small arms and of artillery alike; a component as related materiel or spare part of
/// the system it belongs to; packaging and documents are not arms.</summary>
public static class EmbargoScopes
{
    /// <summary>The scopes of <paramref name="category"/>; empty for packaging and documents.</summary>
    public static IReadOnlyList<EmbargoScope> Of(ItemCategory category) => category switch
    {
        ItemCategory.SmallArm or ItemCategory.LightWeapon => [EmbargoScope.AllArms, EmbargoScope.SmallArmsLightWeapons],
        ItemCategory.Ammunition => [EmbargoScope.AllArms, EmbargoScope.SmallArmsLightWeapons, EmbargoScope.MajorConventionalArms],
        ItemCategory.Missile => [EmbargoScope.AllArms, EmbargoScope.MajorConventionalArms, EmbargoScope.MissileRelated],
        ItemCategory.Uav or ItemCategory.Artillery => [EmbargoScope.AllArms, EmbargoScope.MajorConventionalArms],
        ItemCategory.Explosive => [EmbargoScope.AllArms],
        ItemCategory.Component => [EmbargoScope.AllArms, EmbargoScope.MajorConventionalArms, EmbargoScope.MissileRelated, EmbargoScope.DualUseList],
        _ => [],
    };

    /// <summary>True when a measure covers an item of <paramref name="category"/>.</summary>
    public static bool Covers(EmbargoMeasure measure, ItemCategory category)
    {
        var scopes = Of(category);
        // An exclusion (1874's supply ban: all arms except SALW) removes the item when it falls under the excluded scope.
        if (measure.ExcludedScopes.Any(scopes.Contains)) return false;
        return measure.Scopes.Any(scopes.Contains);
    }
}
