namespace Remnant.Domain.Recoveries;

/// <summary>Where the documentation of a recovery comes from. Social media is never the sole
/// basis of a recovery, so it is not a source type.</summary>
public enum SourceType
{
    /// <summary>Documented in the field by the organisation's own investigators.</summary>
    FieldDocumentation,
    /// <summary>Made available by a partner government.</summary>
    PartnerGovernment,
    /// <summary>Taken from a seizure record (customs, police, navy).</summary>
    SeizureRecord,
    /// <summary>Any other documented source, explained in the circumstances.</summary>
    Other,
}
