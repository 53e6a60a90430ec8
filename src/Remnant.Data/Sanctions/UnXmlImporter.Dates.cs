using System.Globalization;
using System.Xml.Linq;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

public static partial class UnXmlImporter
{
    /// <summary>Reads <c>INDIVIDUAL_DATE_OF_BIRTH</c>: EXACT with DATE or YEAR, APPROXIMATELY with
    /// YEAR, BETWEEN with FROM_YEAR and TO_YEAR; blank placeholders give nothing.</summary>
    internal static BirthDate? BirthDateOf(XElement dob)
    {
        var kind = Text(dob, "TYPE_OF_DATE").ToUpperInvariant();
        var approximate = kind.StartsWith("APPROX", StringComparison.Ordinal) || Text(dob, "NOTE").Contains("pprox", StringComparison.Ordinal);
        if (Date(Text(dob, "DATE")) is { } day) return BirthDate.OnDay(day);
        if (Year(Text(dob, "FROM_YEAR")) is { } from)
        {
            var to = Year(Text(dob, "TO_YEAR")) ?? from;
            return Years(Math.Min(from, to), Math.Max(from, to), approximate);
        }
        return Year(Text(dob, "YEAR")) is { } year ? Years(year, year, approximate) : null;
    }

    private static BirthDate? Years(int from, int to, bool approximate) =>
        BirthDate.TryYears(from, to, approximate, out var date) ? date : null;

    private static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
}
