namespace Remnant.Domain.History;

/// <summary>One change to one record: who, when, what, and the record before and after, as JSON.
/// Written once and never updated or deleted (the database refuses both).</summary>
public sealed class HistoryEntry
{
    /// <summary>Sequence number, increasing in the order changes were saved.</summary>
    public long Id { get; set; }

    /// <summary>The record's type, e.g. <c>Item</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>The record's id.</summary>
    public required string EntityId { get; set; }

    /// <summary><c>created</c>, <c>updated</c> or <c>retracted</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The operator who made the change.</summary>
    public required string Actor { get; set; }

    /// <summary>When the change was saved.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The record's fields before the change; null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>The record's fields after the change.</summary>
    public string? After { get; set; }
}
