using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Remnant.Data.Evidence;
using Remnant.Data.Storage;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Evidence;

/// <summary>The upload form of the item and recovery pages, and the file download that their
/// thumbnails and links use.</summary>
internal static class EvidenceForms
{
    public static void MapEvidenceForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/forms/evidence", UploadAsync).ExcludeFromDescription();
        app.MapGet("/files/{id}", DownloadAsync).ExcludeFromDescription();
    }

    // Antiforgery is checked by the framework: the endpoint binds form data.
    private static async Task<IResult> UploadAsync([FromForm] string? itemId, [FromForm] string? recoveryId, [FromForm] string? caption,
        [FromForm] IFormFileCollection files, RemnantDbContext db, EvidenceIngest ingest, CancellationToken ct)
    {
        var page = await PageOfAsync(db, itemId, recoveryId, ct);
        if (page is null) return Results.NotFound();
        var added = 0;
        var refused = new List<(string Name, string Reason)>();
        foreach (var file in files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            await using var content = file.OpenReadStream();
            var result = await ingest.AttachAsync(content, file.FileName, itemId, string.IsNullOrWhiteSpace(itemId) ? recoveryId : null, caption, ct);
            if (result.File is not null) added++;
            else refused.Add((EvidenceIngest.CleanName(file.FileName) ?? "?", result.Failure switch
            {
                IngestFailure.TooLarge => UploadOutcome.TooLarge,
                IngestFailure.UnsupportedType => UploadOutcome.Unsupported,
                _ => UploadOutcome.Failed,
            }));
        }
        if (added == 0 && refused.Count == 0) refused.Add(("", UploadOutcome.Empty));
        return Results.Redirect(new UploadOutcome(added, refused).AppendTo(page) + "#photos");
    }

    private static async Task<string?> PageOfAsync(RemnantDbContext db, string? itemId, string? recoveryId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(itemId))
            return Ids.IsValid(itemId) && await db.Items.AnyAsync(i => i.Id == itemId, ct) ? $"/items/{itemId}" : null;
        return Ids.IsValid(recoveryId) && await db.Recoveries.AnyAsync(r => r.Id == recoveryId, ct) ? $"/recoveries/{recoveryId}" : null;
    }

    /// <summary>The stored bytes under the media type sniffed at upload. Images open inline, anything
    /// else downloads; the original name goes out only as an encoded header value.</summary>
    private static async Task<IResult> DownloadAsync(string id, RemnantDbContext db, BlobStore blobs, HttpContext http, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return Results.NotFound();
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null || blobs.OpenRead(file.Sha256) is not { } stream) return Results.NotFound();

        var inline = Components.Display.Show.IsPreviewable(file.MediaType);
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.OriginalName ?? file.Id);
        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        // Even a file that slipped past sniffing can run nothing: no scripts, no plugins, no origin.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        headers.CacheControl = "private, max-age=86400";
        return Results.Stream(stream, file.MediaType, enableRangeProcessing: true);
    }
}
