using Remnant.Domain.Items;
using Remnant.Domain.Linkage;
using Remnant.Domain.Search;
using Remnant.Domain.Text;

namespace Remnant.Data.Search;

/// <summary>
/// What the search and link indexes know of one item, read from its row, its recovery, its
/// standing markings and photos. Markings of packaging are box markings; four-digit markings of
/// components (YYWW) are their date codes.
/// </summary>
internal sealed record ItemRow(string Id, string RecoveryId, string? CaseId, string? Country, ItemCategory Category,
    string? Maker, string? Model, string? Serial, string? Lot, IReadOnlyList<string> Markings, IReadOnlyList<string> Photos)
{
    public IReadOnlyList<SearchEntry> Entries()
    {
        var entries = new List<SearchEntry>(Markings.Count + 2);
        if (!string.IsNullOrWhiteSpace(Serial)) entries.Add(new SearchEntry(SearchField.Serial, Serial));
        if (!string.IsNullOrWhiteSpace(Lot)) entries.Add(new SearchEntry(SearchField.Lot, Lot));
        var field = Category == ItemCategory.Packaging ? SearchField.BoxMarking : SearchField.Marking;
        foreach (var text in Markings) entries.Add(new SearchEntry(field, text));
        return entries;
    }

    public LinkItem ForLinks() => new(Id, RecoveryId, CaseId, Country, Category.ToString(), Maker, Model, Serial, Lot,
        DateCodes: Category == ItemCategory.Component ? Markings.Where(IsDateCode).ToList() : [],
        BoxMarkings: Category == ItemCategory.Packaging ? Markings : [],
        PhotoHashes: Photos);

    private static bool IsDateCode(string marking)
    {
        var key = FoldKey.Fold(marking);
        return key.Length == 4 && key.All(char.IsAsciiDigit);
    }
}
