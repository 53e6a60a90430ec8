using System.Security.Cryptography;
using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>Imports a list file from disk: detects its format (or checks it against the source the
/// user named), finds the OFAC CSV siblings, and hashes the bytes so the same release imported
/// twice is recognised as the same snapshot.</summary>
public static class SanctionsFile
{
    private const int HeadBytes = 8192;

    /// <summary>Imports <paramref name="path"/>. <paramref name="undatedFallback"/> dates formats
    /// that carry no date (OFAC CSV); when null the file's last-write time is used.</summary>
    public static SanctionsImportResult Import(string path, ListSource? source = null, DateTimeOffset? undatedFallback = null)
    {
        if (!File.Exists(path)) return SanctionsImportResult.Fail($"no file at {path}");
        try
        {
            var format = DetectFile(path);
            if (Check(format, source) is { } error) return SanctionsImportResult.Fail(error);
            if (format == ListFormat.OfacCsv) return ImportOfacCsv(path, undatedFallback ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
            using var stream = File.OpenRead(path);
            return Import(stream, format, Hash([path]));
        }
        catch (IOException e)
        {
            return SanctionsImportResult.Fail($"cannot read {path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return SanctionsImportResult.Fail($"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>Imports one stream (an upload) in a format detected from its first bytes;
    /// OFAC CSV from a stream has no aliases or addresses unless given through <see cref="OfacCsvImporter"/>.</summary>
    public static SanctionsImportResult Import(Stream stream, ListSource? source, DateTimeOffset undatedFallback)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var format = ListFormats.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, HeadBytes)));
        if (Check(format, source) is { } error) return SanctionsImportResult.Fail(error);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var input = new MemoryStream(bytes, writable: false);
        return format == ListFormat.OfacCsv
            ? OfacCsvImporter.Import(input, null, null, null, undatedFallback, hash)
            : Import(input, format, hash);
    }

    /// <summary>The format of a file on disk, from its first bytes.</summary>
    public static ListFormat DetectFile(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[HeadBytes];
        var read = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
        return ListFormats.Detect(head.AsSpan(0, read));
    }

    private static SanctionsImportResult Import(Stream stream, ListFormat format, string hash) => format switch
    {
        ListFormat.UnXml => UnXmlImporter.Import(stream, hash),
        ListFormat.OfacXml => OfacXmlImporter.Import(stream, hash),
        ListFormat.EuXml => EuXmlImporter.Import(stream, hash),
        ListFormat.EuCsv => EuCsvImporter.Import(stream, hash),
        _ => SanctionsImportResult.Fail("unrecognised format"),
    };

    private static string? Check(ListFormat format, ListSource? source)
    {
        if (format == ListFormat.Unknown)
            return "not a recognised sanctions list: expected UN XML (<CONSOLIDATED_LIST>), OFAC sdnList XML or sdn.csv, or EU XML (<export>) or CSV (fileGenerationDate;...)";
        if (source is { } s && format.SourceOf() != s)
            return $"the file is a {format.SourceOf()!.Value.ToCode()} list ({format}), not {s.ToCode()} as given by --source";
        return null;
    }

    private static SanctionsImportResult ImportOfacCsv(string sdnPath, DateTimeOffset date)
    {
        var alt = Sibling(sdnPath, "alt");
        var add = Sibling(sdnPath, "add");
        var comments = Sibling(sdnPath, "sdn_comments");
        using var sdn = File.OpenRead(sdnPath);
        using var altStream = alt is null ? null : File.OpenRead(alt);
        using var addStream = add is null ? null : File.OpenRead(add);
        using var commentStream = comments is null ? null : File.OpenRead(comments);
        var hash = Hash(new[] { sdnPath, alt, add, comments }.OfType<string>());
        return OfacCsvImporter.Import(sdn, altStream, addStream, commentStream, date, hash);
    }

    /// <summary>The companion of an OFAC <c>sdn.csv</c>: <c>x_sdn.csv</c> → <c>x_alt.csv</c>; null when absent.</summary>
    internal static string? Sibling(string sdnPath, string part)
    {
        var name = Path.GetFileName(sdnPath);
        var at = name.LastIndexOf("sdn", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var candidate = Path.Combine(Path.GetDirectoryName(sdnPath) ?? ".", name[..at] + part + name[(at + 3)..]);
        return File.Exists(candidate) && candidate != sdnPath ? candidate : null;
    }

    private static string Hash(IEnumerable<string> paths)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var p in paths) sha.AppendData(File.ReadAllBytes(p));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
