using System.IO.Compression;
using Remnant.Domain.Evidence;

namespace Remnant.Data.Evidence;

/// <summary>Settles the type of a staged file: zip containers are accepted only when they are
/// office documents (OOXML or OpenDocument); a bare archive could hide anything.</summary>
public static class DocumentTypes
{
    private static readonly (string Entry, string MediaType)[] Ooxml =
    [
        ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ];

    /// <summary>The accepted media type of the file, or null when it is not an accepted type.</summary>
    public static string? Identify(ReadOnlySpan<byte> header, string path)
    {
        var sniffed = MediaSniffer.Sniff(header);
        if (sniffed == "application/x-ole-storage") return "application/vnd.ms-office";
        return sniffed == MediaSniffer.Zip ? InspectZip(path) : sniffed;
    }

    private static string? InspectZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var (entry, type) in Ooxml)
                if (zip.GetEntry(entry) is not null) return type;
            if (zip.GetEntry("mimetype") is { Length: < 200 } mime)
            {
                using var reader = new StreamReader(mime.Open());
                var declared = reader.ReadToEnd().Trim();
                if (declared.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal)) return declared;
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
