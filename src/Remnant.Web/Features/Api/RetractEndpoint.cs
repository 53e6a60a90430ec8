using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Domain.History;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Api;

/// <summary><c>POST /{id}/retract</c> with <c>{"reason": ...}</c>, the same for every kind of record:
/// the record stays, marked retracted with who, when and why.</summary>
internal static class RetractEndpoint
{
    public static RouteHandlerBuilder MapRetract<T, TDto>(this RouteGroupBuilder group, string what, Func<T, TDto> toDto)
        where T : class, IRetractable => group.MapRetract<T, TDto>(what, (_, record, _) => Task.FromResult(toDto(record)));

    public static RouteHandlerBuilder MapRetract<T, TDto>(this RouteGroupBuilder group, string what,
        Func<RemnantDbContext, T, CancellationToken, Task<TDto>> toDto)
        where T : class, IRetractable =>
        group.MapPost("/{id}/retract", async Task<Results<Ok<TDto>, ProblemHttpResult, ValidationProblem>> (
            RemnantDbContext db, TimeProvider clock, IOptions<RemnantOptions> options, string id, RetractRequest request, CancellationToken ct) =>
        {
            if (!Ids.IsValid(id)) return ApiProblems.BadId();
            var found = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, ct);
            if (found is null) return ApiProblems.NotFound(what, id);
            var errors = found.Retract(request.Reason, options.Value.Operator, clock.GetUtcNow());
            if (!errors.IsValid) return ApiProblems.Invalid(errors);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await toDto(db, found, ct));
        });
}
