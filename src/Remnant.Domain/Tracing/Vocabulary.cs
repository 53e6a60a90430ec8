namespace Remnant.Domain.Tracing;

/// <summary>How sure the analyst is that a transfer happened as recorded.</summary>
public enum Confidence
{
    /// <summary>Shown by documents or confirmed by a party to it.</summary>
    Confirmed,
    /// <summary>Likely on the evidence, not confirmed.</summary>
    Probable,
    /// <summary>Possible; a lead to follow.</summary>
    Possible,
}

/// <summary>Where the knowledge of a transfer comes from.</summary>
public enum TransferSource
{
    /// <summary>Shipping, customs or licensing documents.</summary>
    Document,
    /// <summary>The answer to a trace request.</summary>
    TraceAnswer,
    /// <summary>The organisation's own investigation.</summary>
    Investigation,
    /// <summary>Information from a partner government or a UN panel.</summary>
    PartnerInformation,
    /// <summary>Published sources (never the sole basis of a finding).</summary>
    OpenSource,
}

/// <summary>What an evidence document attached to a transfer is.</summary>
public enum TransferDocumentKind
{
    /// <summary>Bill of lading or air waybill.</summary>
    BillOfLading,
    /// <summary>Packing list.</summary>
    PackingList,
    /// <summary>Export licence or authorisation.</summary>
    ExportLicence,
    /// <summary>End-user certificate.</summary>
    EndUserCertificate,
    /// <summary>Commercial invoice or contract.</summary>
    Invoice,
    /// <summary>A trace answer letter.</summary>
    TraceAnswer,
    /// <summary>Anything else.</summary>
    Other,
}
