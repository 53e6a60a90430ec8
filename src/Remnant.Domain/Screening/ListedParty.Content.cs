using System.Globalization;
using System.Text;

namespace Remnant.Domain.Screening;

public sealed partial record ListedParty
{
    /// <summary>True when <paramref name="other"/> carries the same content (every field), which is
    /// what the snapshot diff calls "unchanged". Record equality alone would compare list references.</summary>
    public bool SameContent(ListedParty other) => Canonical == other.Canonical;

    /// <summary>The names of the fields whose content differs from <paramref name="other"/>.</summary>
    public IReadOnlyList<string> ChangedFields(ListedParty other)
    {
        var changed = new List<string>();
        if (Reference != other.Reference) changed.Add("reference");
        if (Schema != other.Schema) changed.Add("schema");
        if (Join(Names.Select(n => $"{n.Text}|{n.Quality}|{n.Language}")) != Join(other.Names.Select(n => $"{n.Text}|{n.Quality}|{n.Language}"))) changed.Add("names");
        if (Join(BirthDates.Select(b => b.ToString())) != Join(other.BirthDates.Select(b => b.ToString()))) changed.Add("birthDates");
        if (Join(Countries) != Join(other.Countries)) changed.Add("countries");
        if (Join(Identifiers.Select(i => $"{i.Type}|{i.Number}|{i.Country}")) != Join(other.Identifiers.Select(i => $"{i.Type}|{i.Number}|{i.Country}"))) changed.Add("identifiers");
        if (Join(Programmes) != Join(other.Programmes)) changed.Add("programmes");
        if (ListedOn != other.ListedOn) changed.Add("listedOn");
        if ((Remarks ?? "") != (other.Remarks ?? "")) changed.Add("remarks");
        return changed;
    }

    private string Canonical => canonical ??= BuildCanonical();

    private string? canonical;

    private string BuildCanonical()
    {
        var b = new StringBuilder();
        b.Append(Source).Append('\u001f').Append(StableId).Append('\u001f').Append(Reference).Append('\u001f').Append(Schema);
        foreach (var n in Names) b.Append('\u001e').Append(n.Text).Append('|').Append(n.Quality).Append('|').Append(n.Language);
        b.Append('\u001d').Append(Join(BirthDates.Select(d => d.ToString())));
        b.Append('\u001d').Append(Join(Countries));
        b.Append('\u001d').Append(Join(Identifiers.Select(i => $"{i.Type}|{i.Number}|{i.Country}")));
        b.Append('\u001d').Append(Join(Programmes));
        b.Append('\u001d').Append(ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        b.Append('\u001d').Append(Remarks);
        return b.ToString();
    }

    private static string Join(IEnumerable<string> parts) => string.Join('\u001e', parts);
}
