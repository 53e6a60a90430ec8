namespace Remnant.Domain.Decoding;

/// <summary>The writing systems seen in a marking: letters and digits separately, because
/// Persian digits say Iran even around a Latin word.</summary>
[Flags]
public enum MarkingScript
{
    /// <summary>Nothing readable.</summary>
    None = 0,
    /// <summary>Latin letters.</summary>
    Latin = 1 << 0,
    /// <summary>Cyrillic letters.</summary>
    Cyrillic = 1 << 1,
    /// <summary>Greek letters.</summary>
    Greek = 1 << 2,
    /// <summary>Hangul (Korean).</summary>
    Hangul = 1 << 3,
    /// <summary>Han characters (Chinese).</summary>
    Han = 1 << 4,
    /// <summary>Arabic-script letters (Arabic, Persian).</summary>
    Arabic = 1 << 5,
    /// <summary>Thai letters.</summary>
    Thai = 1 << 6,
    /// <summary>Letters of any other script.</summary>
    OtherLetters = 1 << 7,
    /// <summary>0-9 (full-width digits count here after normalisation).</summary>
    LatinDigits = 1 << 8,
    /// <summary>Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩ (U+0660..U+0669).</summary>
    ArabicIndicDigits = 1 << 9,
    /// <summary>Persian (extended Arabic-Indic) digits ۰۱۲۳۴۵۶۷۸۹ (U+06F0..U+06F9).</summary>
    PersianDigits = 1 << 10,
    /// <summary>Thai digits ๐..๙.</summary>
    ThaiDigits = 1 << 11,
    /// <summary>Decimal digits of any other script.</summary>
    OtherDigits = 1 << 12,
}
