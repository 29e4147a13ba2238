using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>Metrics: the instruments, their Prometheus collector, and <c>GET /metrics</c>.</summary>
internal static class MetricsSetup
{
    public static IServiceCollection AddCsmsMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<OcppMetrics>();
        services.AddSingleton<CsmsMetrics>();
        services.AddSingleton<PrometheusMetrics>();
        return services;
    }

    /// <summary>
    /// Prometheus scrapes this; it holds counts and latencies only (no charger ids), so it is open like /health.
    /// The collector is created at start-up so that nothing recorded before the first scrape is missed.
    /// </summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<PrometheusMetrics>();
        app.Services.GetRequiredService<CsmsMetrics>();
        app.MapGet("/metrics", () => Results.Text(metrics.Scrape(), "text/plain; version=0.0.4; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }
}
