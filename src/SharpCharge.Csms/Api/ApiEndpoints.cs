using SharpCharge.Csms.Api.Commands;
using SharpCharge.Csms.Api.Docs;
using SharpCharge.Csms.Api.Events;
using SharpCharge.Csms.Api.Health;
using SharpCharge.Csms.Api.Security;

namespace SharpCharge.Csms.Api;

/// <summary>
/// The one place that maps the REST API: health, the OpenAPI document and the docs page, and every <c>/api</c> route
/// group behind the API key filter. A new area is one more line here.
/// </summary>
internal static class ApiEndpoints
{
    public static WebApplication MapCsmsApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapApiDocs();

        var api = app.MapGroup("/api")
            .AddEndpointFilter<ApiKeyFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapEventEndpoints();
        api.MapCommandEndpoints();
        return app;
    }
}
