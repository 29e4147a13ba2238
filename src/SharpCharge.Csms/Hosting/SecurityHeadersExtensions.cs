namespace SharpCharge.Csms.Hosting;

internal static class SecurityHeadersExtensions
{
    /// <summary>Adds <see cref="SecurityHeaders"/> to every answer of the HTTP port.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();
}
