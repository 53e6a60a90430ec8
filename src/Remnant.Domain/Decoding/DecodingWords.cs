using System.Globalization;
using Remnant.Domain.Items;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding;

/// <summary>Words that fill the decoders' sentences and that a translation says too: system names
/// (written as their codes in English), item categories, months, and small connecting phrases.</summary>
internal static class DecodingWords
{
    /// <summary>Fills a placeholder with nothing: an optional clause left out.</summary>
    public static readonly Template Nothing = Template.Word("");

    /// <summary>Each system by its code, in <see cref="DecodingSystems.All"/> order.</summary>
    public static readonly Template[] Systems = [.. DecodingSystems.All.Select(s => Template.Word(s))];

    public static readonly Template Calendar = Template.Word("calendar");
    public static readonly Template Marking = Template.Word("marking");
    public static readonly Template[] CalendarOrMarking = [Calendar, Marking];

    /// <summary>The categories whose items rarely carry an electronic date code, by their codes.</summary>
    public static readonly Template[] Categories =
        [.. new[] { ItemCategory.Ammunition, ItemCategory.SmallArm, ItemCategory.LightWeapon, ItemCategory.Artillery }.Select(c => Template.Word(c.ToCode()))];

    /// <summary>January to December, as the invariant culture names them.</summary>
    public static readonly Template[] Months =
        [.. Enumerable.Range(1, 12).Select(m => Template.Word(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)))];

    public static Phrase System(string system) => Pick(Systems, system);

    public static Phrase Category(ItemCategory category) => Pick(Categories, category.ToCode());

    public static Phrase Month(int month) => Months[month - 1].With();

    private static Phrase Pick(Template[] words, string english) =>
        (words.FirstOrDefault(w => w.English == english) ?? throw new ArgumentOutOfRangeException(nameof(english), english)).With();
}
