using System.Text.Json;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions.Store;

/// <summary>A listed party as stored JSON, and back.</summary>
internal static class ListedPartyJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private sealed record NameDto(string Text, AliasQuality Quality, string? Language);
    private sealed record DateDto(int From, int To, DateOnly? Exact, bool Approximate);
    private sealed record IdDto(string Type, string Number, string? Country);
    private sealed record PartyDto(ListSource Source, string StableId, string Reference, PartySchema Schema, List<NameDto> Names,
        List<DateDto> BirthDates, List<string> Countries, List<IdDto> Identifiers, List<string> Programmes, DateOnly? ListedOn, string? Remarks);

    public static string Write(ListedParty p) => JsonSerializer.Serialize(new PartyDto(p.Source, p.StableId, p.Reference, p.Schema,
        [.. p.Names.Select(n => new NameDto(n.Text, n.Quality, n.Language))],
        [.. p.BirthDates.Select(d => new DateDto(d.FromYear, d.ToYear, d.Exact, d.Approximate))],
        [.. p.Countries], [.. p.Identifiers.Select(i => new IdDto(i.Type, i.Number, i.Country))], [.. p.Programmes], p.ListedOn, p.Remarks), Options);

    public static ListedParty Read(string json)
    {
        var d = JsonSerializer.Deserialize<PartyDto>(json, Options) ?? throw new InvalidDataException("empty listing JSON");
        var names = d.Names.Select(n => new PartyName(n.Text, n.Quality, n.Language)).ToList();
        return new ListedParty(d.Source, d.StableId, d.Reference, d.Schema, names[0], names.Skip(1))
        {
            BirthDates = [.. d.BirthDates.Select(b => b.Exact is { } day ? BirthDate.OnDay(day)
                : BirthDate.TryYears(b.From, b.To, b.Approximate, out var y) ? y : default).Where(b => b.FromYear > 0)],
            Countries = d.Countries,
            Identifiers = [.. d.Identifiers.Select(i => new PartyIdentifier(i.Type, i.Number, i.Country))],
            Programmes = d.Programmes,
            ListedOn = d.ListedOn,
            Remarks = d.Remarks,
        };
    }
}
