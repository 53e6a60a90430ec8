using Microsoft.AspNetCore.Http.HttpResults;
using Remnant.Domain.Validation;

namespace Remnant.Web.Features.Api;

/// <summary>The ProblemDetails every endpoint answers with, so that a client sees one shape.</summary>
internal static class ApiProblems
{
    public static ValidationProblem Invalid(ValidationErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "One or more fields are invalid.");

    public static ValidationProblem Invalid(string field, string message) => Invalid(new ValidationErrors().Add(field, message));

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.", detail: $"There is no {what.ToLowerInvariant()} with id '{Shorten(id)}'.");

    /// <summary>A malformed id in the path: 400 naming it, never a lookup.</summary>
    public static ValidationProblem BadId(string field = "id") =>
        Invalid(field, $"Not a valid id: 1 to {Ids.MaxLength} letters, digits, '.', '_', ':' or '-'.");

    private static string Shorten(string id) => id.Length <= 80 ? id : id[..80] + "…";
}

/// <summary>A page of a list: <c>?page=1&amp;pageSize=50</c>.</summary>
internal sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

internal readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

    public static ValidationErrors Read(int? page, int? pageSize, out Paging paging)
    {
        var errors = new ValidationErrors();
        if (page is < 1) errors.Add("page", "Must be 1 or more.");
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"Must be between 1 and {MaxPageSize}.");
        paging = new Paging(page ?? 1, pageSize ?? 50);
        return errors;
    }
}

/// <summary>Body of every retract endpoint.</summary>
internal sealed record RetractRequest(string? Reason);
