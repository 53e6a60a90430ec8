namespace Remnant.Domain.Items;

/// <summary>The fixed taxonomy of recovered materiel (DOMAIN.md section 2).</summary>
public enum ItemCategory
{
    /// <summary>Rifles, pistols, machine guns carried by one person.</summary>
    SmallArm,
    /// <summary>Crew-served or shoulder-fired: heavy machine guns, launchers, light mortars.</summary>
    LightWeapon,
    /// <summary>Cartridges, shells, grenades and other munitions.</summary>
    Ammunition,
    /// <summary>Missiles and rockets.</summary>
    Missile,
    /// <summary>Uncrewed aerial vehicles.</summary>
    Uav,
    /// <summary>Guns, howitzers, heavy mortars.</summary>
    Artillery,
    /// <summary>Explosives and improvised explosive devices.</summary>
    Explosive,
    /// <summary>A part of another item: a guidance section, a circuit board, an integrated circuit.</summary>
    Component,
    /// <summary>Boxes, crates, wrappers: their markings are evidence too.</summary>
    Packaging,
    /// <summary>Manuals, packing lists, labels, logbooks.</summary>
    Document,
}
