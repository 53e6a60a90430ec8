namespace Remnant.Domain.History;

/// <summary>A record whose every change is written to the append-only history.</summary>
public interface IRecord
{
    /// <summary>The record's id.</summary>
    string Id { get; }
}

/// <summary>A record the system derives from evidence (a marking's decode) rather than one a person
/// enters: its creation is not written to the history, since it can be derived again; every later
/// change to it (an analyst's decision, a newer decode superseding it) is.</summary>
public interface IDerivedRecord : IRecord;

/// <summary>Evidence that is retracted with a reason, never deleted.</summary>
public interface IRetractable : IRecord
{
    /// <summary>When it was retracted; null while it stands.</summary>
    DateTimeOffset? RetractedAt { get; set; }

    /// <summary>Who retracted it.</summary>
    string? RetractedBy { get; set; }

    /// <summary>Why it was retracted.</summary>
    string? RetractionReason { get; set; }
}

/// <summary>Retraction, shared by every retractable record.</summary>
public static class Retraction
{
    /// <summary>True while the record stands.</summary>
    public static bool IsActive(this IRetractable record) => record.RetractedAt is null;

    /// <summary>Retracts the record; a reason is required and a retraction is final.</summary>
    public static Validation.ValidationErrors Retract(this IRetractable record, string? reason, string actor, DateTimeOffset at)
    {
        var errors = new Validation.ValidationErrors();
        var cleaned = Validation.TextRules.Required(reason, "reason", errors, Validation.TextRules.LongMax);
        if (record.RetractedAt is not null) errors.Add("reason", "Already retracted.");
        if (!errors.IsValid) return errors;
        record.RetractedAt = at;
        record.RetractedBy = actor;
        record.RetractionReason = cleaned;
        return errors;
    }
}
