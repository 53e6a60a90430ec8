namespace Remnant.Domain.Search;

/// <summary>Which text of an item an index entry holds; also the order results prefer at equal score.</summary>
public enum SearchField : byte
{
    /// <summary>The item's serial number.</summary>
    Serial,
    /// <summary>The item's lot or batch number.</summary>
    Lot,
    /// <summary>A box or packaging marking (searchable like serials, DOMAIN.md 2).</summary>
    BoxMarking,
    /// <summary>Any other marking read on the item.</summary>
    Marking,
}

/// <summary>Display names of <see cref="SearchField"/> as reasons use them.</summary>
public static class SearchFieldNames
{
    /// <summary>"serial", "lot", "box marking" or "marking".</summary>
    public static string Describe(this SearchField field) => field switch
    {
        SearchField.Serial => "serial",
        SearchField.Lot => "lot",
        SearchField.BoxMarking => "box marking",
        _ => "marking",
    };
}
