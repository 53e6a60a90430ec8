using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>A party being gathered from a file's records before it becomes an immutable
/// <see cref="ListedParty"/>; blank values are dropped as they arrive.</summary>
internal sealed class PartyDraft(ListSource source, string stableId)
{
    public ListSource Source { get; } = source;
    public string StableId { get; } = stableId;
    public string Reference { get; set; } = "";
    public PartySchema Schema { get; set; } = PartySchema.Organization;
    public string? PrimaryName { get; set; }
    public List<PartyName> Aliases { get; } = [];
    public List<BirthDate> BirthDates { get; } = [];
    public List<string> Countries { get; } = [];
    public List<PartyIdentifier> Identifiers { get; } = [];
    public List<string> Programmes { get; } = [];
    public DateOnly? ListedOn { get; set; }
    public List<string> Remarks { get; } = [];

    public void AddAlias(string? text, AliasQuality quality, string? language = null)
    {
        if (PartyName.Collapse(text).Length > 0) Aliases.Add(new PartyName(text!, quality, language));
    }

    public void AddCountry(string? text)
    {
        var clean = PartyName.Collapse(text);
        if (clean.Length > 0 && !Countries.Contains(clean, StringComparer.OrdinalIgnoreCase)) Countries.Add(clean);
    }

    public void AddProgramme(string? text)
    {
        var clean = PartyName.Collapse(text);
        if (clean.Length > 0 && !Programmes.Contains(clean, StringComparer.Ordinal)) Programmes.Add(clean);
    }

    public void AddIdentifier(string? type, string? number, string? country)
    {
        if (number is not null && number.Any(char.IsLetterOrDigit)) Identifiers.Add(new PartyIdentifier(type ?? "", number, country));
    }

    public void AddRemark(string? text)
    {
        var clean = PartyName.Collapse(text);
        if (clean.Length > 0) Remarks.Add(clean);
    }

    /// <summary>The party, or null when the record named nobody (the caller reports it).</summary>
    public ListedParty? Build()
    {
        var primary = PartyName.Collapse(PrimaryName);
        if (primary.Length == 0)
        {
            // A record whose main name is blank but that has aliases: promote the first.
            if (Aliases.Count == 0) return null;
            primary = Aliases[0].Text;
        }
        return new ListedParty(Source, StableId, Reference, Schema, new PartyName(primary, AliasQuality.Primary), Aliases)
        {
            BirthDates = BirthDates.Distinct().ToList(),
            Countries = Countries,
            Identifiers = Identifiers.DistinctBy(i => (i.Type, i.Key)).ToList(),
            Programmes = Programmes,
            ListedOn = ListedOn,
            Remarks = Remarks.Count == 0 ? null : string.Join(" ", Remarks),
        };
    }
}
