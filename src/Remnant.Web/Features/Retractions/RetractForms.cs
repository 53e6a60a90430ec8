using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.History;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Retractions;

/// <summary>The retract buttons of the item and recovery pages: a marking, a custody event or an
/// evidence file is retracted with a reason, kept, and shown struck through.</summary>
internal static class RetractForms
{
    public static void MapRetractForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/forms/retract", RetractAsync).ExcludeFromDescription();

    private static async Task<IResult> RetractAsync([FromForm] string? kind, [FromForm] string? id, [FromForm] string? reason,
        RemnantDbContext db, IOptions<RemnantOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!Ids.IsValid(id)) return Results.NotFound();
        var (record, page) = kind switch
        {
            "marking" => await db.Markings.FirstOrDefaultAsync(m => m.Id == id, ct) is { } m ? ((IRetractable)m, $"/items/{m.ItemId}") : default,
            "custody" => await db.CustodyEvents.FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
                ? (c, c.ItemId is not null ? $"/items/{c.ItemId}" : await FilePageAsync(db, c.EvidenceFileId, ct)) : default,
            "evidence" => await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id, ct) is { } f
                ? (f, f.ItemId is not null ? $"/items/{f.ItemId}" : $"/recoveries/{f.RecoveryId}") : default,
            _ => default((IRetractable, string)),
        };
        if (record is null) return Results.NotFound();

        var errors = record.Retract(reason, options.Value.Operator, clock.GetUtcNow());
        if (!errors.IsValid) return Results.Redirect($"{page}?retractError={Uri.EscapeDataString(record.Id)}#rec-{record.Id}");
        await db.SaveChangesAsync(ct);
        return Results.Redirect($"{page}#rec-{record.Id}");
    }

    private static async Task<string> FilePageAsync(RemnantDbContext db, string? fileId, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        return file?.ItemId is not null ? $"/items/{file.ItemId}" : $"/recoveries/{file?.RecoveryId}";
    }
}
