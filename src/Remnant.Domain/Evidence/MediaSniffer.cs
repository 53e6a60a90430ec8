namespace Remnant.Domain.Evidence;

/// <summary>Recognises a file's type from its first bytes. Only images, PDF and office or text
/// documents are accepted as evidence; anything else (HTML, scripts, executables) is refused so
/// that no uploaded file can ever run in a browser or on the server.</summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int HeaderLength = 64;

    /// <summary>Zip-based formats: the caller looks inside to tell a document from an archive.</summary>
    public const string Zip = "application/zip";

    /// <summary>The media type of a file starting with <paramref name="header"/>, or null when
    /// it is not an accepted type.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8)) return "image/gif";
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (header.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || header.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A])) return "image/tiff";
        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = header[8..12];
            if (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8)) return "image/heic";
            if (brand.SequenceEqual("avif"u8)) return "image/avif";
        }
        if (header.StartsWith("%PDF-"u8)) return "application/pdf";
        if (header.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return Zip;
        if (header.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return "application/x-ole-storage";
        return LooksLikePlainText(header) ? "text/plain" : null;
    }

    // Plain text (field notes, transcripts) is accepted; markup is not, even if it is text.
    private static bool LooksLikePlainText(ReadOnlySpan<byte> header)
    {
        if (header.IsEmpty) return false;
        var body = header.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? header[3..] : header;
        foreach (var b in body)
            if (b == 0 || (b < 0x20 && b is not (0x09 or 0x0A or 0x0D))) return false;
        var start = body.TrimStart(" \t\r\n"u8);
        return start.IsEmpty || start[0] != (byte)'<';
    }
}
