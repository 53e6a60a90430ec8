using System.Text;
using System.Text.RegularExpressions;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>The file formats Remnant reads.</summary>
public enum ListFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,
    /// <summary>UN Consolidated List XML.</summary>
    UnXml,
    /// <summary>OFAC <c>sdnList</c> XML.</summary>
    OfacXml,
    /// <summary>OFAC <c>sdn.csv</c> (with its <c>alt.csv</c> and <c>add.csv</c> beside it).</summary>
    OfacCsv,
    /// <summary>EU consolidated list XML.</summary>
    EuXml,
    /// <summary>EU consolidated list CSV.</summary>
    EuCsv,
}

/// <summary>Tells a list's format from its first bytes, so <c>--source</c> can be left out.</summary>
public static partial class ListFormats
{
    /// <summary>The list a format belongs to; null for <see cref="ListFormat.Unknown"/>.</summary>
    public static ListSource? SourceOf(this ListFormat format) => format switch
    {
        ListFormat.UnXml => ListSource.Un,
        ListFormat.OfacXml or ListFormat.OfacCsv => ListSource.Ofac,
        ListFormat.EuXml or ListFormat.EuCsv => ListSource.Eu,
        _ => null,
    };

    /// <summary>Detects the format from the start of the file (a few kilobytes suffice).</summary>
    public static ListFormat Detect(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            var root = RootElement().Match(text);
            if (!root.Success) return ListFormat.Unknown;
            return root.Groups[1].Value switch
            {
                "CONSOLIDATED_LIST" => ListFormat.UnXml,
                "sdnList" => ListFormat.OfacXml,
                "export" => ListFormat.EuXml,
                _ => ListFormat.Unknown,
            };
        }
        if (text.StartsWith("fileGenerationDate;", StringComparison.Ordinal)) return ListFormat.EuCsv;
        return OfacSdnRow().IsMatch(text) ? ListFormat.OfacCsv : ListFormat.Unknown;
    }

    // The first element that is not a declaration, comment or DOCTYPE: <?xml ...?> and <!-- --> are skipped.
    [GeneratedRegex(@"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")]
    private static partial Regex RootElement();

    // sdn.csv rows: ent_num, then a quoted name, then the type (-0- or quoted).
    [GeneratedRegex(@"^\d+,""[^""]*"",(?:-0- ?|""[a-z]+""),")]
    private static partial Regex OfacSdnRow();
}
