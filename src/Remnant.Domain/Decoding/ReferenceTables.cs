using Remnant.Domain.Decoding.DateCodes;
using Remnant.Domain.Decoding.Headstamps;

namespace Remnant.Domain.Decoding;

/// <summary>The reference tables decoders read, built from plain rows (Remnant.Data loads them from
/// <c>data/reference/</c>).</summary>
/// <param name="Headstamps">Cartridge headstamp factory codes.</param>
/// <param name="DateCodeFormats">Date-code formats per component maker.</param>
public sealed record ReferenceTables(HeadstampTable Headstamps, DateCodeFormatTable DateCodeFormats)
{
    /// <summary>No rows: calendars and lot numbers still decode; headstamps keep only their years.</summary>
    public static ReferenceTables Empty { get; } = new(HeadstampTable.Empty, DateCodeFormatTable.Empty);
}
