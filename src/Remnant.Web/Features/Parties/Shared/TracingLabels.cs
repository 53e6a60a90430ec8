using System.Globalization;
using Microsoft.Extensions.Localization;
using Remnant.Domain.Parties;
using Remnant.Domain.Tracing;

namespace Remnant.Web.Features.Parties.Shared;

/// <summary>Localised names of the tracing vocabulary, and dates written the same way in every
/// language (ISO, Gregorian: Arabic cultures may default to another calendar).</summary>
internal static class TracingLabels
{
    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Period(DateOnly start, DateOnly? end) => end is { } e && e != start ? $"{Date(start)} – {Date(e)}" : Date(start);

    /// <summary>Text kept left-to-right inside right-to-left text (U+2066 … U+2069): a date after
    /// Arabic words would otherwise be shown as 01-06-2022. For SVG, where &lt;bdi&gt; does not exist.</summary>
    public static string Ltr(string text) => $"\u2066{text}\u2069";

    /// <summary>Text isolated in its own direction (U+2068 … U+2069): a Latin name with a final
    /// full stop, or an Arabic one, inside text of the other direction.</summary>
    public static string Isolated(string text) => $"\u2068{text}\u2069";

    /// <summary>The arrow from sender to receiver in the reading direction of the page.</summary>
    public static string Arrow => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "←" : "→";

    public static string Kind(IStringLocalizer L, PartyKind kind) => kind switch
    {
        PartyKind.Company => L["Company"], PartyKind.Organisation => L["Organisation"], PartyKind.Person => L["Person"], _ => L["State"],
    };

    public static string Role(IStringLocalizer L, PartyRoles role) => role switch
    {
        PartyRoles.Manufacturer => L["Manufacturer"], PartyRoles.Exporter => L["Exporter"], PartyRoles.Distributor => L["Distributor"],
        PartyRoles.Broker => L["Broker"], PartyRoles.Carrier => L["Carrier"], PartyRoles.EndUser => L["End user"], _ => L["Recipient State"],
    };

    public static string Confidence(IStringLocalizer L, Domain.Tracing.Confidence c) => c switch
    {
        Domain.Tracing.Confidence.Confirmed => L["Confirmed"], Domain.Tracing.Confidence.Probable => L["Probable"], _ => L["Possible"],
    };

    public static string Source(IStringLocalizer L, TransferSource s) => s switch
    {
        TransferSource.Document => L["Documents"], TransferSource.TraceAnswer => L["Trace answer"], TransferSource.Investigation => L["Own investigation"],
        TransferSource.PartnerInformation => L["Partner information"], _ => L["Open source"],
    };

    public static string Document(IStringLocalizer L, TransferDocumentKind k) => k switch
    {
        TransferDocumentKind.BillOfLading => L["Bill of lading"], TransferDocumentKind.PackingList => L["Packing list"],
        TransferDocumentKind.ExportLicence => L["Export licence"], TransferDocumentKind.EndUserCertificate => L["End-user certificate"],
        TransferDocumentKind.Invoice => L["Invoice or contract"], TransferDocumentKind.TraceAnswer => L["Trace answer"], _ => L["Other document"],
    };

    public static string Status(IStringLocalizer L, TraceStatus s) => s switch
    {
        TraceStatus.Draft => L["Draft"], TraceStatus.Sent => L["Sent"], TraceStatus.Acknowledged => L["Acknowledged"],
        TraceStatus.Answered => L["Answered"], TraceStatus.Refused => L["Refused"], _ => L["No response"],
    };

    public static string Match(IStringLocalizer L, ChainMatch m) => m switch
    {
        ChainMatch.Item => L["names this item"], ChainMatch.Lot => L["by its lot"], _ => L["by its serial range"],
    };

    /// <summary>A party's name, or "private individual" where output is public.</summary>
    public static string PartyName(IStringLocalizer L, Party? party, string fallbackId, bool publicOutput = false) =>
        party is null ? fallbackId : publicOutput && !party.MayBeNamedInPublic ? L["Private individual"] : party.Name;

    /// <summary>Lines of a text area, blanks skipped.</summary>
    public static string?[] Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (string?)l).ToArray();
}
