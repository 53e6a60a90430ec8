using System.Globalization;
using System.Text;

namespace Remnant.Cli;

/// <summary>Makes text from an input file safe to print on a terminal: a hostile file must not be
/// able to send escape sequences or reorder a line with bidi controls, so control and formatting
/// characters are shown as <c>\uXXXX</c>, and very long lines are cut.</summary>
internal static class SafeText
{
    private const int MaxLength = 1_000;

    public static string Of(string text)
    {
        var safe = new StringBuilder(Math.Min(text.Length, MaxLength + 16));
        foreach (var c in text)
        {
            if (safe.Length >= MaxLength)
            {
                safe.Append("… (cut)");
                break;
            }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else safe.Append(c);
        }
        return safe.ToString();
    }
}
