using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Reads the OFAC SDN CSV trio: <c>sdn.csv</c> (12 columns), <c>alt.csv</c> (aliases, 5),
/// <c>add.csv</c> (addresses, 6) and optionally <c>sdn_comments.csv</c> (remark overflow, 2). No
/// header; <c>-0- </c> is null; CRLF; the last byte may be 0x1A. The files carry no date, so the
/// caller gives one (the release date, or the file's date when nothing better is known).</summary>
public static partial class OfacCsvImporter
{
    /// <summary>Reads the trio; alt, add and comments may be absent (null) but not malformed.</summary>
    public static SanctionsImportResult Import(Stream sdn, Stream? alt, Stream? add, Stream? comments,
        DateTimeOffset generatedAt, string? contentHash = null)
    {
        var drafts = new Dictionary<string, PartyDraft>(StringComparer.Ordinal);
        var order = new List<PartyDraft>();
        var error = OfacCsv.ReadRows(sdn, "sdn.csv", 12, (row, line) =>
        {
            var id = row[0];
            if (id is null || !id.All(char.IsAsciiDigit)) return $"ent_num '{id}' is not a number";
            if (drafts.ContainsKey(id)) return $"ent_num {id} appears twice";
            var draft = new PartyDraft(ListSource.Ofac, id)
            {
                Reference = id,
                Schema = SchemaOf(row[2]),
                PrimaryName = row[1],
            };
            foreach (var p in (row[3] ?? "").Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                draft.AddProgramme(p.Trim('[', ']', ' '));
            draft.AddCountry(row[9]);
            draft.AddRemark(row[11]);
            ReadRemarks(draft, row[11]);
            drafts.Add(id, draft);
            order.Add(draft);
            return null;
        });
        error ??= alt is null ? null : OfacCsv.ReadRows(alt, "alt.csv", 5, (row, _) =>
        {
            if (!drafts.TryGetValue(row[0] ?? "", out var draft)) return $"alias of unknown ent_num '{row[0]}'";
            draft.AddAlias(row[3], row[2]?.ToLowerInvariant() switch { "fka" => AliasQuality.Fka, "nka" => AliasQuality.Nka, _ => AliasQuality.Aka });
            return null;
        });
        error ??= add is null ? null : OfacCsv.ReadRows(add, "add.csv", 6, (row, _) =>
        {
            if (!drafts.TryGetValue(row[0] ?? "", out var draft)) return $"address of unknown ent_num '{row[0]}'";
            draft.AddCountry(row[4]);
            return null;
        });
        error ??= comments is null ? null : OfacCsv.ReadRows(comments, "sdn_comments.csv", 2, (row, _) =>
        {
            if (drafts.TryGetValue(row[0] ?? "", out var draft))
            {
                draft.AddRemark(row[1]);
                ReadRemarks(draft, row[1]);
            }
            return null;
        });
        if (error is not null) return SanctionsImportResult.Fail(error);
        if (order.Count == 0) return SanctionsImportResult.Fail("sdn.csv holds no entries");
        var parties = new List<ListedParty>(order.Count);
        foreach (var draft in order)
        {
            if (draft.Build() is not { } party) return SanctionsImportResult.Fail($"sdn.csv: entry {draft.StableId} names nobody");
            parties.Add(party);
        }
        return SanctionsImportResult.Ok(new ListSnapshot(ListSource.Ofac, generatedAt, parties, contentHash));
    }

    /// <summary>OFAC's type column or <c>sdnType</c>: individual, vessel, aircraft; anything else is an entity.</summary>
    internal static PartySchema SchemaOf(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "individual" => PartySchema.Person,
        "vessel" => PartySchema.Vessel,
        "aircraft" => PartySchema.Aircraft,
        _ => PartySchema.Organization,
    };
}
