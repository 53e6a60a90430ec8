using System.Text;
using CsvHelper;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Reads the EU consolidated list CSV: UTF-8 with BOM, <c>;</c>-delimited, a header
/// starting <c>fileGenerationDate;Entity_LogicalId;...</c>, one row per alias, address, birth date,
/// identification or citizenship of an entity. Columns are found by header name.</summary>
public static class EuCsvImporter
{
    private static readonly string[] Required = ["fileGenerationDate", "Entity_LogicalId", "Entity_EU_ReferenceNumber", "NameAlias_WholeName"];

    /// <summary>Reads the whole stream; a bad file gives an error, never part of a snapshot.</summary>
    public static SanctionsImportResult Import(Stream stream, string? contentHash = null)
    {
        var options = new CsvReaderOptions { HasHeader = true, Separator = ';', TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw, MaxRecordSize = 1 << 20 };
        try
        {
            using var csv = CsvReader.Create(stream, options, true);
            csv.ReadHeader();
            var headers = new HashSet<string>(csv.Headers, StringComparer.Ordinal);
            var missing = Required.Where(r => !headers.Contains(r)).ToList();
            if (missing.Count > 0) return SanctionsImportResult.Fail($"not an EU list CSV: header lacks {string.Join(", ", missing)}", 1);
            string? Get(string column) => headers.Contains(column) ? csv.GetString(column) : null;
            DateTimeOffset? generated = null;
            var drafts = new Dictionary<string, PartyDraft>(StringComparer.Ordinal);
            while (csv.Read())
            {
                var line = csv.LineNumber;
                if (csv.FieldCount != headers.Count && csv.FieldCount != csv.Headers.Count)
                    return SanctionsImportResult.Fail($"expected {csv.Headers.Count} columns, found {csv.FieldCount}", (int)line);
                generated ??= EuDates.Generated(Get("fileGenerationDate"));
                var id = PartyName.Collapse(Get("Entity_LogicalId"));
                if (id.Length == 0) return SanctionsImportResult.Fail("row without Entity_LogicalId", (int)line);
                if (!drafts.TryGetValue(id, out var draft))
                {
                    draft = new PartyDraft(ListSource.Eu, id)
                    {
                        Reference = PartyName.Collapse(Get("Entity_EU_ReferenceNumber")),
                        Schema = EuXmlImporter.SchemaOf(Get("Entity_SubjectType_ClassificationCode") ?? "", Get("Entity_SubjectType") ?? ""),
                        ListedOn = EuDates.Day(Get("Entity_DesignationDate")),
                    };
                    draft.AddRemark(Get("Entity_Remark"));
                    drafts.Add(id, draft);
                }
                draft.AddProgramme(Get("Entity_Regulation_Programme"));
                var name = EuXmlImporter.WholeName(PartyName.Collapse(Get("NameAlias_WholeName")), PartyName.Collapse(Get("NameAlias_FirstName")),
                    PartyName.Collapse(Get("NameAlias_MiddleName")), PartyName.Collapse(Get("NameAlias_LastName")));
                if (name.Length > 0)
                {
                    if (draft.PrimaryName is null) draft.PrimaryName = name;
                    else draft.AddAlias(name, AliasQuality.Strong, Get("NameAlias_NameLanguage"));
                }
                draft.AddCountry(Get("Citizenship_CountryIso2Code"));
                draft.AddCountry(Get("Address_CountryIso2Code"));
                if (EuDates.Birth(Get("BirthDate_BirthDate"), Get("BirthDate_Year"), Get("BirthDate_YearRangeFrom"), Get("BirthDate_YearRangeTo"), Get("BirthDate_Circa")) is { } b)
                    draft.BirthDates.Add(b);
                draft.AddIdentifier(Get("Identification_TypeCode"), Get("Identification_Number"), Get("Identification_CountryIso2Code"));
            }
            if (generated is null) return SanctionsImportResult.Fail("no row carries a readable fileGenerationDate");
            var parties = new List<ListedParty>();
            foreach (var draft in drafts.Values)
            {
                if (draft.Build() is not { } party) return SanctionsImportResult.Fail($"entity {draft.StableId} has no name");
                parties.Add(party);
            }
            return SanctionsImportResult.Ok(new ListSnapshot(ListSource.Eu, generated.Value, parties, contentHash));
        }
        catch (CsvFormatException e)
        {
            return SanctionsImportResult.Fail($"malformed CSV ({e.Message})", (int)(e.LineNumber > 0 ? e.LineNumber : e.RecordNumber));
        }
        catch (DecoderFallbackException)
        {
            return SanctionsImportResult.Fail("not UTF-8 text");
        }
    }
}
