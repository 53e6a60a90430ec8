using System.Xml;

namespace Remnant.Data.Sanctions;

/// <summary>XmlReader settings for list files that may be hostile: no DTD (so no entity expansion
/// and no external entities), no resolver, and a cap on the document size.</summary>
internal static class SafeXml
{
    /// <summary>Largest document accepted, in characters: the EU full list is about 30 MB.</summary>
    public const long MaxCharacters = 400_000_000;

    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    });

    /// <summary>The current line, or null when the reader does not track lines.</summary>
    public static int? LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>Moves to the root element; false when the document has none.</summary>
    public static bool MoveToRoot(XmlReader reader) => reader.MoveToContent() == XmlNodeType.Element;

    /// <summary>The line of an XML error: the exception's, else the reader's, else (for a refused
    /// DTD, which the reader reports at line 0) the line of <c>&lt;!DOCTYPE</c> in a seekable stream.</summary>
    public static int? ErrorLine(XmlException e, XmlReader reader, Stream stream)
    {
        if (e.LineNumber > 0) return e.LineNumber;
        if (LineOf(reader) is > 0 and var line) return line;
        if (!stream.CanSeek) return null;
        stream.Position = 0;
        var head = new byte[65536];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.UTF8.GetString(head, 0, read);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        return at < 0 ? null : text[..at].Count(c => c == '\n') + 1;
    }

    /// <summary>Words an XmlException for a person: DTDs get a clear reason of their own.</summary>
    public static string Explain(XmlException e) => e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
        ? "the file declares a DTD (document type), which list files never do; refused to prevent entity expansion and external entities"
        : $"not well-formed XML: {e.Message}";
}
