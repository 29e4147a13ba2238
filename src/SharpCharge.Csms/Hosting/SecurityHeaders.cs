using Microsoft.Extensions.Options;
using SharpCharge.Csms.Dashboard;

namespace SharpCharge.Csms.Hosting;

/// <summary>
/// Security headers on every answer of the HTTP port (REST API, dashboard, docs, metrics), digested once at start:
/// <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c>, <c>X-Frame-Options: DENY</c> and a
/// Content-Security-Policy with <c>frame-ancestors 'none'</c> (no page may be framed, against click-jacking). The API
/// and metrics get <c>default-src 'none'</c> (they serve data, never pages); the dashboard may load scripts only from
/// itself and images from itself and the map tile server; the docs page keeps its one inline script.
/// Strict-Transport-Security is added to answers sent over TLS.
/// </summary>
internal sealed class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private readonly RequestDelegate _next;
    private readonly string _dashboardPolicy;
    private readonly string _docsPolicy;

    public SecurityHeaders(RequestDelegate next, IOptions<DashboardOptions> dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        _next = next;
        var tiles = TileOrigin(dashboard.Value.TileUrl);

        // style-src allows inline styles: Leaflet and uPlot position their elements with style attributes.
        _dashboardPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
            $"img-src 'self' data: blob:{(tiles is null ? "" : " " + tiles)}; connect-src 'self'; object-src 'none'; " +
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        _docsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        var path = context.Request.Path;
        headers.ContentSecurityPolicy = path.StartsWithSegments("/api") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi")
            ? ApiPolicy
            : path.StartsWithSegments("/docs") ? _docsPolicy : _dashboardPolicy;
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        return _next(context);
    }

    /// <summary>The scheme, host and port of a tile URL template (<c>{s}</c> subdomains become <c>*</c>), or null when it has none.</summary>
    public static string? TileOrigin(string? template)
    {
        if (string.IsNullOrEmpty(template))
        {
            return null;
        }

        var scheme = template.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var end = template.IndexOf('/', scheme + 3);
        var origin = end < 0 ? template : template[..end];
        return origin.Replace("{s}", "*", StringComparison.Ordinal);
    }
}
