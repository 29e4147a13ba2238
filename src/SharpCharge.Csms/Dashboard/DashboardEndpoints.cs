using Microsoft.Extensions.FileProviders;
using SharpCharge.Csms.Dashboard.Components;
using SharpCharge.Csms.Dashboard.Endpoints;

namespace SharpCharge.Csms.Dashboard;

/// <summary>
/// Maps the dashboard beside the REST API on the HTTP port: its static files, the pages (Razor components rendered on
/// the server), the live event stream and the form targets. Everything but the login page and the static files needs
/// a signed-in operator. <c>/api</c>, <c>/metrics</c>, <c>/health</c>, <c>/docs</c> and <c>/openapi</c> are mapped
/// elsewhere and ignore the sign-in cookie: the REST API keeps its API keys.
/// </summary>
internal static class DashboardEndpoints
{
    public static WebApplication MapCsmsDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The build copies wwwroot (with the npm libraries in wwwroot/lib) beside the assembly, wherever it runs from.
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorComponents<App>().RequireAuthorization();
        app.MapLoginEndpoints();
        var pages = app.MapGroup(string.Empty).RequireAuthorization().AddEndpointFilter(ForgedFormFilter.RefuseAsync);
        pages.MapLiveStream();
        pages.MapChargerActions();
        pages.MapTokenActions();
        pages.MapExports();
        return app;
    }
}
