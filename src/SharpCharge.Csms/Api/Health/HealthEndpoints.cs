using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SharpCharge.Csms.Connections;

namespace SharpCharge.Csms.Api.Health;

/// <summary><c>GET /health</c> (liveness, no key needed) and <c>GET /health/ready</c> (readiness, checks the database).</summary>
internal static class HealthEndpoints
{
    private static readonly string Version =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health");
        group.MapGet("/", Live).WithName("GetHealth").WithSummary("Liveness: the process answers.");
        group.MapGet("/ready", ReadyAsync).WithName("GetReadiness").WithSummary("Readiness: the database answers (503 when it does not).")
            .Produces<ReadinessReport>(StatusCodes.Status200OK).Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable);
    }

    private static Ok<HealthReport> Live(ChargerSessionRegistry sessions, TimeProvider time) =>
        TypedResults.Ok(new HealthReport("ok", Version, sessions.Count, time.GetUtcNow()));

    private static async Task<JsonHttpResult<ReadinessReport>> ReadyAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var database = report.Entries.TryGetValue("database", out var entry) && entry.Status == HealthStatus.Healthy
            ? "ok"
            : entry.Description ?? "unreachable";
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Json(new ReadinessReport("ok", database), statusCode: StatusCodes.Status200OK)
            : TypedResults.Json(new ReadinessReport("unavailable", database), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
