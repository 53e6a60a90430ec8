using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Remnant.Web.Infrastructure;

/// <summary>What must be ready before the app serves: the database at first, then whatever a
/// feature registers (an index being rebuilt, say). <c>/health</c> answers 200 only when all are.</summary>
public sealed class Readiness
{
    private readonly ConcurrentDictionary<string, bool> _gates = new(StringComparer.Ordinal) { ["database"] = false };

    /// <summary>Adds a gate that is not ready yet.</summary>
    public void Require(string name) => _gates.TryAdd(name, false);

    /// <summary>Marks a gate ready.</summary>
    public void MarkReady(string name) => _gates[name] = true;

    /// <summary>The gates still waiting.</summary>
    public IReadOnlyList<string> Pending => _gates.Where(g => !g.Value).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
}

internal sealed class ReadinessCheck(Readiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = readiness.Pending;
        return Task.FromResult(pending.Count == 0
            ? HealthCheckResult.Healthy("ready")
            : HealthCheckResult.Unhealthy($"waiting for: {string.Join(", ", pending)}"));
    }
}

internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health").ExcludeFromDescription();
}
