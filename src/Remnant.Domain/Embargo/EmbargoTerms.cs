namespace Remnant.Domain.Embargo;

/// <summary>Whom a measure targets.</summary>
public enum EmbargoTarget
{
    /// <summary>A State and its territory (the government included).</summary>
    State,
    /// <summary>Non-State armed groups (or named groups) in a country, not its government.</summary>
    NonStateArmedGroups,
    /// <summary>Individuals and entities designated by a sanctions committee.</summary>
    ListedPersons,
}

/// <summary>Which way the items move for the measure to apply.</summary>
public enum EmbargoDirection
{
    /// <summary>Sale, supply or transfer to the target.</summary>
    SupplyTo,
    /// <summary>Export by the target State (from its territory).</summary>
    ExportFrom,
    /// <summary>Procurement from the target by any State or its nationals.</summary>
    ProcurementFrom,
}

/// <summary>The kinds of items a measure covers.</summary>
public enum EmbargoScope
{
    /// <summary>All arms and related materiel of all types.</summary>
    AllArms,
    /// <summary>The major systems of the UN Register (battle tanks, armoured combat vehicles, large-calibre artillery,
    /// combat aircraft, attack helicopters, warships, missiles or missile systems) and their related materiel.</summary>
    MajorConventionalArms,
    /// <summary>Small arms and light weapons and their related materiel (their ammunition included).</summary>
    SmallArmsLightWeapons,
    /// <summary>Ballistic-missile and proliferation-sensitive items.</summary>
    MissileRelated,
    /// <summary>Items of a conventional-arms dual-use list.</summary>
    DualUseList,
    /// <summary>Industrial machinery, transport vehicles, iron, steel and other metals.</summary>
    MachineryAndMetals,
}

/// <summary>What the measure requires of a transfer it covers.</summary>
public enum EmbargoEffect
{
    /// <summary>The transfer is prohibited.</summary>
    Prohibited,
    /// <summary>The transfer must be notified to the sanctions committee in advance.</summary>
    PriorNotification,
    /// <summary>The transfer needs the prior approval of the Council or committee.</summary>
    PriorApproval,
}

/// <summary>Who received or used the item, as far as is known.</summary>
public enum RecipientKind
{
    /// <summary>Not known: measures on the government and on armed groups are both reported, conditionally.</summary>
    Unknown,
    /// <summary>The government or its forces.</summary>
    State,
    /// <summary>A non-State armed group.</summary>
    NonStateArmedGroup,
    /// <summary>An individual or entity on a UN sanctions list.</summary>
    ListedPerson,
}
