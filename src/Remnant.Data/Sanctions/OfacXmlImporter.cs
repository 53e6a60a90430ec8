using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Reads OFAC's <c>sdnList</c> XML (namespace <c>http://tempuri.org/sdnList.xsd</c>), the
/// schema of both <c>sdn.xml</c> and the consolidated non-SDN list, one entry at a time.</summary>
public static class OfacXmlImporter
{
    /// <summary>The namespace every element of the file is in.</summary>
    public const string Namespace = "http://tempuri.org/sdnList.xsd";

    private static readonly XNamespace Ns = Namespace;

    /// <summary>Reads the whole stream; a bad file gives an error, never part of a snapshot.</summary>
    public static SanctionsImportResult Import(Stream stream, string? contentHash = null)
    {
        using var reader = SafeXml.Open(stream);
        try
        {
            if (!SafeXml.MoveToRoot(reader)) return SanctionsImportResult.Fail("the file holds no XML element");
            if (reader.LocalName != "sdnList" || reader.NamespaceURI != Namespace)
                return SanctionsImportResult.Fail($"root element is <{reader.Name}> in namespace '{reader.NamespaceURI}', not <sdnList> in {Namespace}", SafeXml.LineOf(reader));
            DateTimeOffset? published = null;
            var parties = new List<ListedParty>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
                var line = SafeXml.LineOf(reader);
                if (reader.LocalName == "publshInformation")
                {
                    var info = (XElement)XNode.ReadFrom(reader);
                    if (DateTime.TryParseExact(PartyName.Collapse(info.Element(Ns + "Publish_Date")?.Value), ["MM/dd/yyyy", "M/d/yyyy"],
                            CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        published = new DateTimeOffset(d, TimeSpan.Zero);
                }
                else if (reader.LocalName == "sdnEntry")
                {
                    var entry = (XElement)XNode.ReadFrom(reader);
                    var draft = Read(entry);
                    if (draft is null) return SanctionsImportResult.Fail("<sdnEntry> without a uid", line);
                    if (!ids.Add(draft.StableId)) return SanctionsImportResult.Fail($"uid {draft.StableId} appears twice", line);
                    if (draft.Build() is not { } party) return SanctionsImportResult.Fail($"entry {draft.StableId} names nobody", line);
                    parties.Add(party);
                }
                else reader.Read();
            }
            if (published is null) return SanctionsImportResult.Fail("the file has no readable publshInformation/Publish_Date");
            return SanctionsImportResult.Ok(new ListSnapshot(ListSource.Ofac, published.Value, parties, contentHash));
        }
        catch (XmlException e)
        {
            return SanctionsImportResult.Fail(SafeXml.Explain(e), SafeXml.ErrorLine(e, reader, stream));
        }
    }

    private static PartyDraft? Read(XElement entry)
    {
        var uid = Text(entry, "uid");
        if (uid.Length == 0) return null;
        var draft = new PartyDraft(ListSource.Ofac, uid)
        {
            Reference = uid,
            Schema = OfacCsvImporter.SchemaOf(Text(entry, "sdnType")),
            PrimaryName = FullName(entry),
        };
        draft.AddRemark(Text(entry, "remarks"));
        foreach (var p in Many(entry, "programList", "program")) draft.AddProgramme(p.Value);
        foreach (var aka in Many(entry, "akaList", "aka"))
        {
            var type = Text(aka, "type");
            var quality = type.StartsWith("f", StringComparison.OrdinalIgnoreCase) ? AliasQuality.Fka
                : type.StartsWith("n", StringComparison.OrdinalIgnoreCase) ? AliasQuality.Nka
                : AliasQualities.Parse(Text(aka, "category"));
            draft.AddAlias(FullName(aka), quality);
        }
        foreach (var dob in Many(entry, "dateOfBirthList", "dateOfBirthItem"))
            if (OfacDates.Parse(Text(dob, "dateOfBirth")) is { } date) draft.BirthDates.Add(date);
        foreach (var n in Many(entry, "nationalityList", "nationality")) draft.AddCountry(Text(n, "country"));
        foreach (var c in Many(entry, "citizenshipList", "citizenship")) draft.AddCountry(Text(c, "country"));
        foreach (var a in Many(entry, "addressList", "address")) draft.AddCountry(Text(a, "country"));
        foreach (var v in entry.Elements(Ns + "vesselInfo")) draft.AddCountry(Text(v, "vesselFlag"));
        foreach (var id in Many(entry, "idList", "id"))
        {
            var type = Text(id, "idType");
            // OFAC stores sanctions notes and web links as pseudo-identifiers; they identify nobody.
            if (type.EndsWith('-') || type.EndsWith(':') || type.StartsWith("Additional", StringComparison.Ordinal)) continue;
            draft.AddIdentifier(type, Text(id, "idNumber"), Text(id, "idCountry"));
        }
        return draft;
    }

    private static string FullName(XElement e)
    {
        var last = Text(e, "lastName");
        var first = Text(e, "firstName");
        return first.Length == 0 ? last : last.Length == 0 ? first : $"{last}, {first}";
    }

    private static IEnumerable<XElement> Many(XElement e, string list, string item) => e.Elements(Ns + list).Elements(Ns + item);

    private static string Text(XElement e, string name) => PartyName.Collapse(e.Element(Ns + name)?.Value);
}
