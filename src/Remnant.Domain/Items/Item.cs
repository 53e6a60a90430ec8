using Remnant.Domain.History;

namespace Remnant.Domain.Items;

/// <summary>A recovered object or one of its components. Items nest to any depth: a missile
/// holds a guidance section holds a circuit board holds an integrated circuit.</summary>
public sealed partial class Item : IRetractable
{
    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>The recovery it was found in; a component shares its parent's recovery.</summary>
    public required string RecoveryId { get; set; }

    /// <summary>The item this one is a component of, if any.</summary>
    public string? ParentItemId { get; set; }

    /// <summary>Category from the fixed taxonomy.</summary>
    public ItemCategory Category { get; set; }

    /// <summary>Type or model, e.g. "KN-23 (Hwasong-11)" or a component part number.</summary>
    public string? Model { get; set; }

    /// <summary>Maker, when known.</summary>
    public string? Manufacturer { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country of manufacture, when known.</summary>
    public string? CountryOfManufacture { get; set; }

    /// <summary>Serial number exactly as read.</summary>
    public string? SerialNumber { get; set; }

    /// <summary>Lot or batch number exactly as read.</summary>
    public string? LotNumber { get; set; }

    /// <summary>Calibre, e.g. "7.62x39mm".</summary>
    public string? Calibre { get; set; }

    /// <summary>How many identical pieces this record stands for (at least 1).</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>Physical description.</summary>
    public string? Description { get; set; }

    /// <summary>Condition, e.g. "fragmented, burnt".</summary>
    public string? Condition { get; set; }

    /// <summary>Fold key of the serial number, for matching (derived, never shown).</summary>
    public string? SerialKey { get; set; }

    /// <summary>Fold key of the lot number, for matching (derived, never shown).</summary>
    public string? LotKey { get; set; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }
}
