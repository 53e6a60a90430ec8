using System.Xml;
using System.Xml.Linq;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Reads the EU consolidated financial sanctions list XML (root <c>export</c> in namespace
/// <c>http://eu.europa.ec/fpi/fsd/export</c>), one <c>sanctionEntity</c> at a time.</summary>
public static class EuXmlImporter
{
    /// <summary>The namespace of the EU export.</summary>
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    private static readonly XNamespace Ns = Namespace;

    /// <summary>Reads the whole stream; a bad file gives an error, never part of a snapshot.</summary>
    public static SanctionsImportResult Import(Stream stream, string? contentHash = null)
    {
        using var reader = SafeXml.Open(stream);
        try
        {
            if (!SafeXml.MoveToRoot(reader)) return SanctionsImportResult.Fail("the file holds no XML element");
            if (reader.LocalName != "export" || reader.NamespaceURI != Namespace)
                return SanctionsImportResult.Fail($"root element is <{reader.Name}> in namespace '{reader.NamespaceURI}', not <export> in {Namespace}", SafeXml.LineOf(reader));
            if (EuDates.Generated(reader.GetAttribute("generationDate")) is not { } generated)
                return SanctionsImportResult.Fail("<export> has no readable generationDate attribute", SafeXml.LineOf(reader));
            var parties = new List<ListedParty>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sanctionEntity") { reader.Read(); continue; }
                var line = SafeXml.LineOf(reader);
                var entity = (XElement)XNode.ReadFrom(reader);
                var draft = Read(entity);
                if (draft is null) return SanctionsImportResult.Fail("<sanctionEntity> without a logicalId", line);
                if (!ids.Add(draft.StableId)) return SanctionsImportResult.Fail($"logicalId {draft.StableId} appears twice", line);
                if (draft.Build() is not { } party) return SanctionsImportResult.Fail($"entity {draft.StableId} has no nameAlias", line);
                parties.Add(party);
            }
            return SanctionsImportResult.Ok(new ListSnapshot(ListSource.Eu, generated, parties, contentHash));
        }
        catch (XmlException e)
        {
            return SanctionsImportResult.Fail(SafeXml.Explain(e), SafeXml.ErrorLine(e, reader, stream));
        }
    }

    private static PartyDraft? Read(XElement e)
    {
        var id = Attr(e, "logicalId");
        if (id.Length == 0) return null;
        var draft = new PartyDraft(ListSource.Eu, id)
        {
            Reference = Attr(e, "euReferenceNumber"),
            Schema = SchemaOf(e.Element(Ns + "subjectType") is { } t ? Attr(t, "classificationCode") : "", e.Element(Ns + "subjectType") is { } s ? Attr(s, "code") : ""),
            ListedOn = EuDates.Day(Attr(e, "designationDate")),
        };
        foreach (var r in e.Elements(Ns + "regulation")) draft.AddProgramme(Attr(r, "programme"));
        foreach (var r in e.Elements(Ns + "remark")) draft.AddRemark(r.Value);
        foreach (var alias in e.Elements(Ns + "nameAlias"))
        {
            var name = WholeName(Attr(alias, "wholeName"), Attr(alias, "firstName"), Attr(alias, "middleName"), Attr(alias, "lastName"));
            var quality = Attr(alias, "strong").Equals("false", StringComparison.OrdinalIgnoreCase) ? AliasQuality.Weak : AliasQuality.Strong;
            if (draft.PrimaryName is null && name.Length > 0) draft.PrimaryName = name;
            else draft.AddAlias(name, quality, Attr(alias, "nameLanguage"));
        }
        foreach (var c in e.Elements(Ns + "citizenship")) draft.AddCountry(Country(c));
        foreach (var a in e.Elements(Ns + "address")) draft.AddCountry(Country(a));
        foreach (var b in e.Elements(Ns + "birthdate"))
        {
            if (EuDates.Birth(Attr(b, "birthdate"), Attr(b, "year"), Attr(b, "yearRangeFrom"), Attr(b, "yearRangeTo"), Attr(b, "circa")) is { } d) draft.BirthDates.Add(d);
            draft.AddCountry(Country(b));
        }
        foreach (var i in e.Elements(Ns + "identification"))
            draft.AddIdentifier(Attr(i, "identificationTypeCode"), Attr(i, "number"), Attr(i, "countryIso2Code"));
        return draft;
    }

    internal static PartySchema SchemaOf(string classification, string code) =>
        classification.Equals("P", StringComparison.OrdinalIgnoreCase) || code.Equals("person", StringComparison.OrdinalIgnoreCase)
            ? PartySchema.Person : PartySchema.Organization;

    internal static string WholeName(string whole, string first, string middle, string last) =>
        whole.Length > 0 ? whole : PartyName.Collapse($"{first} {middle} {last}");

    private static string Country(XElement e)
    {
        var iso = Attr(e, "countryIso2Code");
        return iso.Length == 2 && iso != "00" ? iso : Attr(e, "countryDescription");
    }

    private static string Attr(XElement e, string name) => PartyName.Collapse(e.Attribute(name)?.Value);
}
