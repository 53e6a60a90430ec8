using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Remnant.Data.Evidence;
using Remnant.Data.Storage;
using Remnant.Domain.Evidence;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Evidence;

internal static class EvidenceApi
{
    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/evidence").WithTags("Evidence");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/content", Content);
        group.MapPost("/", Upload).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");
        group.MapPut("/{id}", Update);
        group.MapRetract<EvidenceFile, EvidenceDto>("Evidence file", EvidenceDto.From);
    }

    private static async Task<Results<Ok<PageOf<EvidenceDto>>, ValidationProblem>> List(RemnantDbContext db, string? itemId, string? recoveryId,
        string? sha256, bool? includeRetracted, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Read(page, pageSize, out var paging);
        if (itemId is not null && !Ids.IsValid(itemId)) errors.Add("itemId", "Not a valid id.");
        if (recoveryId is not null && !Ids.IsValid(recoveryId)) errors.Add("recoveryId", "Not a valid id.");
        if (sha256 is not null && !BlobStore.IsSha256(sha256)) errors.Add("sha256", "Not a lower-case hex SHA-256.");
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        var query = db.EvidenceFiles.AsNoTracking();
        if (includeRetracted != true) query = query.Where(f => f.RetractedAt == null);
        if (itemId is not null) query = query.Where(f => f.ItemId == itemId);
        if (recoveryId is not null) query = query.Where(f => f.RecoveryId == recoveryId);
        if (sha256 is not null) query = query.Where(f => f.Sha256 == sha256);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(f => f.UploadedAt).ThenBy(f => f.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<EvidenceDto>(rows.Select(EvidenceDto.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<EvidenceDto>, ProblemHttpResult, ValidationProblem>> Get(RemnantDbContext db, string id, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var found = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return found is null ? ApiProblems.NotFound("Evidence file", id) : TypedResults.Ok(EvidenceDto.From(found));
    }

    /// <summary>The bytes exactly as stored, with the sniffed type. Images may be shown inline;
    /// anything else is always a download.</summary>
    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult, ValidationProblem>> Content(RemnantDbContext db, BlobStore blobs,
        string id, bool? inline, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return ApiProblems.NotFound("Evidence file", id);
        var stream = blobs.OpenRead(file.Sha256);
        if (stream is null)
            return TypedResults.Problem(statusCode: 404, title: "Evidence file bytes not present.",
                detail: file.Present ? "The record exists but its bytes are missing from the store: run `remnant verify`." : "The record was imported without its bytes.");
        var name = file.OriginalName ?? $"{file.Sha256}";
        var asAttachment = inline != true || !file.MediaType.StartsWith("image/", StringComparison.Ordinal);
        return TypedResults.File(stream, file.MediaType, asAttachment ? name : null, enableRangeProcessing: true,
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    /// <summary>One or more files in one request, all or nothing: if any file is refused, none is recorded.</summary>
    private static async Task<Results<Created<IReadOnlyList<EvidenceDto>>, ProblemHttpResult, ValidationProblem>> Upload(HttpRequest request,
        RemnantDbContext db, EvidenceIngest ingest, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send multipart/form-data.",
                detail: "Upload files as multipart/form-data with one or more 'file' parts and an 'itemId' or 'recoveryId' field.");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count == 0) return ApiProblems.Invalid("file", "Attach at least one file.");
        var created = new List<EvidenceDto>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var upload in form.Files)
        {
            await using var content = upload.OpenReadStream();
            var result = await ingest.AttachAsync(content, upload.FileName, form["itemId"].FirstOrDefault(), form["recoveryId"].FirstOrDefault(),
                form["caption"].FirstOrDefault(), ct);
            switch (result.Failure)
            {
                case null: created.Add(EvidenceDto.From(result.File!)); break;
                case IngestFailure.Invalid: return ApiProblems.Invalid(result.Errors!);
                case IngestFailure.TooLarge: return TypedResults.Problem(statusCode: 413, title: "File too large.", detail: Named(upload, result.Message));
                case IngestFailure.UnsupportedType: return TypedResults.Problem(statusCode: 415, title: "File type not accepted.", detail: Named(upload, result.Message));
                default: return TypedResults.Problem(statusCode: 404, title: "Not found.", detail: result.Message);
            }
        }
        await transaction.CommitAsync(ct);
        return TypedResults.Created(created.Count == 1 ? created[0].ContentUrl.Replace("/content", "", StringComparison.Ordinal) : "/api/v1/evidence",
            (IReadOnlyList<EvidenceDto>)created);
    }

    private static string Named(IFormFile upload, string? message) =>
        $"{EvidenceIngest.CleanName(upload.FileName) ?? "(unnamed file)"}: {message} No file of this request was recorded.";

    private static async Task<Results<Ok<EvidenceDto>, ProblemHttpResult, ValidationProblem>> Update(RemnantDbContext db, string id,
        EvidenceRequest request, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return ApiProblems.BadId();
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return ApiProblems.NotFound("Evidence file", id);
        var errors = new ValidationErrors();
        var caption = TextRules.Clean(request.Caption, "caption", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        file.Caption = caption;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(EvidenceDto.From(file));
    }
}
