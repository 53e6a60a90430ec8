using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Remnant.Data.Evidence;

namespace Remnant.Data.Exchange;

/// <summary>A bundle is a zip holding the JSON exchange file (<c>remnant.json</c>) and the bytes of
/// its evidence files under <c>evidence/&lt;sha256&gt;</c>. Entries are looked up by these names
/// only; no entry name is ever used as a path.</summary>
public static class Bundle
{
    public const string JsonEntry = "remnant.json";

    public static string EvidenceEntry(string sha256) => $"evidence/{sha256}";

    /// <summary>Writes <paramref name="scope"/> and the evidence bytes the store holds; returns the
    /// number of files bundled and a warning for each present file whose bytes are missing.</summary>
    public static async Task<(int Files, List<string> Warnings)> WriteAsync(ExportScope scope, BlobStore blobs, Stream output,
        IProgress<ExchangeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var json = zip.CreateEntry(JsonEntry, CompressionLevel.Optimal).Open())
        {
            await JsonExporter.WriteAsync(scope, json, null, cancellationToken);
        }
        var files = await scope.EvidenceFiles.Where(f => f.Present).Select(f => new { f.Id, f.Sha256 }).ToListAsync(cancellationToken);
        var hashes = files.Select(f => f.Sha256).Distinct(StringComparer.Ordinal).ToList();
        var done = 0;
        foreach (var sha in hashes)
        {
            await using var source = blobs.OpenRead(sha);
            if (source is null)
            {
                var ids = string.Join(", ", files.Where(f => f.Sha256 == sha).Select(f => f.Id));
                warnings.Add($"evidence {sha} ({ids}) is recorded as present but is missing from the store: not bundled (run remnant verify).");
                continue;
            }
            // Photos and PDFs are compressed already.
            await using var entry = zip.CreateEntry(EvidenceEntry(sha), CompressionLevel.NoCompression).Open();
            await source.CopyToAsync(entry, cancellationToken);
            progress?.Report(new ExchangeProgress("Bundling evidence", ++done, hashes.Count));
        }
        return (done, warnings);
    }

    /// <summary>Imports a bundle with <paramref name="importer"/>: the JSON, then each evidence file's
    /// bytes, which are checked against their hash before they are stored.</summary>
    public static async Task<ImportReport> ImportAsync(JsonImporter importer, Stream bundle, IProgress<ExchangeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(bundle, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            var report = new ImportReport();
            report.FileProblem(null, "bundle", $"Not a readable zip file: {e.Message}");
            return report;
        }
        await using (zip)
        {
            if (zip.GetEntry(JsonEntry) is not { } json)
            {
                var report = new ImportReport();
                report.FileProblem(null, "bundle", $"The bundle has no {JsonEntry}.");
                return report;
            }
            await using var stream = json.Open();
            return await importer.ImportAsync(stream, sha => zip.GetEntry(EvidenceEntry(sha))?.Open(), progress, cancellationToken);
        }
    }
}
