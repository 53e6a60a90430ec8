using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Reads the UN Security Council Consolidated List XML (root <c>CONSOLIDATED_LIST</c>),
/// one record at a time, in any serialisation real releases use (quote style, standalone, one
/// record per line, comments, empty placeholder elements, stray spaces).</summary>
public static partial class UnXmlImporter
{
    /// <summary>Reads the whole stream; a bad file gives an error, never part of a snapshot.</summary>
    public static SanctionsImportResult Import(Stream stream, string? contentHash = null)
    {
        using var reader = SafeXml.Open(stream);
        try
        {
            if (!SafeXml.MoveToRoot(reader)) return SanctionsImportResult.Fail("the file holds no XML element");
            if (reader.LocalName != "CONSOLIDATED_LIST")
                return SanctionsImportResult.Fail($"root element is <{reader.LocalName}>, not <CONSOLIDATED_LIST> of a UN consolidated list", SafeXml.LineOf(reader));
            var rootLine = SafeXml.LineOf(reader);
            if (!DateTimeOffset.TryParse(reader.GetAttribute("dateGenerated")?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated))
                return SanctionsImportResult.Fail("<CONSOLIDATED_LIST> has no readable dateGenerated attribute", rootLine);

            var parties = new List<ListedParty>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    var line = SafeXml.LineOf(reader);
                    var isPerson = reader.LocalName == "INDIVIDUAL";
                    var record = (XElement)XNode.ReadFrom(reader);
                    var draft = Read(record, isPerson);
                    if (draft is null) return SanctionsImportResult.Fail($"<{record.Name.LocalName}> without a DATAID", line);
                    if (!ids.Add(draft.StableId)) return SanctionsImportResult.Fail($"DATAID {draft.StableId} appears twice", line);
                    var party = draft.Build();
                    if (party is null) return SanctionsImportResult.Fail($"record {draft.StableId} names nobody", line);
                    parties.Add(party);
                }
                else
                {
                    reader.Read();
                }
            }
            return SanctionsImportResult.Ok(new ListSnapshot(ListSource.Un, generated, parties, contentHash));
        }
        catch (XmlException e)
        {
            return SanctionsImportResult.Fail(SafeXml.Explain(e), SafeXml.ErrorLine(e, reader, stream));
        }
    }

    private static PartyDraft? Read(XElement record, bool isPerson)
    {
        var id = Text(record, "DATAID");
        if (id.Length == 0) return null;
        var draft = new PartyDraft(ListSource.Un, id)
        {
            Reference = Text(record, "REFERENCE_NUMBER"),
            Schema = isPerson ? PartySchema.Person : PartySchema.Organization,
            // DPRK persons carry the family name in FIRST_NAME: joining in order keeps Korean order.
            PrimaryName = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
                .Select(n => Text(record, n)).Where(t => t.Length > 0)),
            ListedOn = Date(Text(record, "LISTED_ON")),
        };
        draft.AddProgramme(Text(record, "UN_LIST_TYPE"));
        draft.AddRemark(Text(record, "COMMENTS1"));
        foreach (var script in record.Elements("NAME_ORIGINAL_SCRIPT")) draft.AddAlias(script.Value, AliasQuality.OriginalScript);
        foreach (var alias in record.Elements(isPerson ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            draft.AddAlias(Text(alias, "ALIAS_NAME"), Quality(Text(alias, "QUALITY")));
        }
        foreach (var value in record.Elements("NATIONALITY").Elements("VALUE")) draft.AddCountry(value.Value);
        foreach (var address in record.Elements(isPerson ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) draft.AddCountry(Text(address, "COUNTRY"));
        foreach (var place in record.Elements("INDIVIDUAL_PLACE_OF_BIRTH")) draft.AddCountry(Text(place, "COUNTRY"));
        foreach (var dob in record.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            if (BirthDateOf(dob) is { } date) draft.BirthDates.Add(date);
        }
        foreach (var doc in record.Elements("INDIVIDUAL_DOCUMENT"))
        {
            var country = Text(doc, "ISSUING_COUNTRY") is { Length: > 0 } issuing ? issuing : Text(doc, "COUNTRY_OF_ISSUE");
            draft.AddIdentifier(Text(doc, "TYPE_OF_DOCUMENT"), Text(doc, "NUMBER"), country);
        }
        return draft;
    }

    private static AliasQuality Quality(string text) => text.Length == 0 ? AliasQuality.Aka : AliasQualities.Parse(text);

    private static string Text(XElement parent, string name) => PartyName.Collapse(parent.Element(name)?.Value);

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
