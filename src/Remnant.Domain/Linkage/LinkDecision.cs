namespace Remnant.Domain.Linkage;

/// <summary>An analyst's verdict on a detected link.</summary>
public enum LinkDecision
{
    /// <summary>Not reviewed yet.</summary>
    Open,
    /// <summary>Confirmed by an analyst.</summary>
    Confirmed,
    /// <summary>Dismissed by an analyst (a coincidence, a data error).</summary>
    Dismissed,
}
