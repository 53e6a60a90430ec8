using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Remnant.Web.Infrastructure;

/// <summary>Turns every unhandled exception into ProblemDetails without a stack trace: bad
/// requests keep their status (400, 413...) and name the offending field where the JSON reader
/// knows it; anything else is a 500 with a trace id to quote, and is logged.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            InvalidDataException data when data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
                new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = "The request is too large.", Detail = data.Message },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
        }
        problem.Extensions["traceId"] = context.TraceIdentifier;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return new ProblemDetails { Status = 413, Title = "The request is too large.", Detail = bad.Message };
        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [$"Could not read this value: {Sanitize(json.Message)}"] })
            {
                Status = 400, Title = "The request body is not valid JSON for this resource.",
            };
        }
        return new ProblemDetails { Status = bad.StatusCode, Title = "Bad request.", Detail = bad.Message };
    }

    // "$.latitude" -> "latitude"; "$.items[2].serialNumber" -> "items[2].serialNumber"; "$" -> "body".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Sanitize(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
