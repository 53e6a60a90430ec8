using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data.Storage;
using Remnant.Domain.Evidence;
using Remnant.Domain.Validation;

namespace Remnant.Data.Evidence;

/// <summary>Why an evidence file was refused.</summary>
public enum IngestFailure
{
    /// <summary>Over the size limit (HTTP 413).</summary>
    TooLarge,
    /// <summary>Not an accepted image, PDF or document type (HTTP 415).</summary>
    UnsupportedType,
    /// <summary>The item or recovery it was attached to does not exist (HTTP 404).</summary>
    TargetNotFound,
    /// <summary>Field errors (HTTP 400).</summary>
    Invalid,
}

/// <summary>The outcome of attaching a file: the record, or why not.</summary>
public sealed record IngestResult(EvidenceFile? File, IngestFailure? Failure, string? Message, ValidationErrors? Errors = null)
{
    internal static IngestResult Fail(IngestFailure failure, string message) => new(null, failure, message);
}

/// <summary>Attaches evidence files to items and recoveries: stages the bytes, sniffs their type,
/// reads EXIF, stores them once under their hash and records the attachment.</summary>
public sealed class EvidenceIngest(RemnantDbContext db, BlobStore blobs, IOptions<RemnantOptions> options, TimeProvider clock)
{
    /// <summary>Attaches <paramref name="content"/> to an item (and so its recovery) or to a recovery.</summary>
    public async Task<IngestResult> AttachAsync(Stream content, string? originalName, string? itemId, string? recoveryId,
        string? caption, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var name = CleanName(originalName);
        var cleanCaption = TextRules.Clean(caption, "caption", errors, TextRules.LongMax, multiline: true);
        if (string.IsNullOrWhiteSpace(itemId) && string.IsNullOrWhiteSpace(recoveryId))
            errors.Add("itemId", "Attach the file to an item or a recovery.");
        if (!string.IsNullOrWhiteSpace(itemId) && !Ids.IsValid(itemId)) errors.Add("itemId", "Not a valid item id.");
        if (!string.IsNullOrWhiteSpace(recoveryId) && !Ids.IsValid(recoveryId)) errors.Add("recoveryId", "Not a valid recovery id.");
        if (!errors.IsValid) return new IngestResult(null, IngestFailure.Invalid, "Invalid fields.", errors);

        if (!string.IsNullOrWhiteSpace(itemId))
        {
            var item = await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.RecoveryId }).FirstOrDefaultAsync(cancellationToken);
            if (item is null) return IngestResult.Fail(IngestFailure.TargetNotFound, $"Item '{itemId}' does not exist.");
            recoveryId = item.RecoveryId;
        }
        else if (!await db.Recoveries.AnyAsync(r => r.Id == recoveryId, cancellationToken))
        {
            return IngestResult.Fail(IngestFailure.TargetNotFound, $"Recovery '{recoveryId}' does not exist.");
        }

        using var staged = await blobs.StageAsync(content, options.Value.MaxUploadBytes, cancellationToken);
        if (staged.TooLarge)
            return IngestResult.Fail(IngestFailure.TooLarge, $"The file is larger than the limit of {options.Value.MaxUploadBytes / (1024 * 1024)} MB.");
        var mediaType = DocumentTypes.Identify(staged.FirstBytes, staged.Path);
        if (mediaType is null)
            return IngestResult.Fail(IngestFailure.UnsupportedType, "Only images (JPEG, PNG, GIF, WebP, TIFF, HEIC), PDF, office documents and plain text are accepted as evidence.");
        var exif = mediaType.StartsWith("image/", StringComparison.Ordinal) ? ExifReader.Read(staged.Path) : new ExifReader.Result(null, null, null);
        staged.Commit();

        var file = new EvidenceFile
        {
            Id = Ids.New("file", clock), Sha256 = staged.Sha256, Size = staged.Size, MediaType = mediaType,
            OriginalName = name, ItemId = string.IsNullOrWhiteSpace(itemId) ? null : itemId, RecoveryId = recoveryId,
            Caption = cleanCaption, CapturedAt = exif.CapturedAt, GpsLatitude = exif.Latitude, GpsLongitude = exif.Longitude,
            UploadedAt = clock.GetUtcNow(), UploadedBy = options.Value.Operator,
        };
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return new IngestResult(file, null, null);
    }

    /// <summary>Keeps only the last path segment and drops control and bidi characters: the name
    /// is data to show, never a path.</summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var last = name.Replace('\\', '/').Split('/').LastOrDefault(s => s.Length > 0) ?? string.Empty;
        var clean = new string(last.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray()).Trim();
        if (clean is "" or "." or "..") return null;
        return clean.Length > 255 ? clean[..255] : clean;
    }
}
