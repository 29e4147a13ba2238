using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Api.Commands;
using SharpCharge.Csms.Api.Docs;
using SharpCharge.Csms.Api.Events;
using SharpCharge.Csms.Api.Geo;
using SharpCharge.Csms.Api.Health;
using SharpCharge.Csms.Api.IdTokens;
using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Api.SmartCharging;
using SharpCharge.Csms.Api.Stations;
using SharpCharge.Csms.Api.Statistics;
using SharpCharge.Csms.Api.Transactions;

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

        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), branch => branch.UseMiddleware<ApiKeyFilter>());
        var api = app.MapGroup("/api")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapChargerEndpoints();
        api.MapChargerMessageEndpoints();
        api.MapChargerSecurityEndpoints();
        api.MapStationEndpoints();
        api.MapSiteLoadEndpoints();
        api.MapChargingProfileEndpoints();
        api.MapChargerProfileEndpoints();
        api.MapTransactionEndpoints();
        api.MapIdTokenEndpoints();
        api.MapGeoEndpoints();
        api.MapStatisticsEndpoints();
        api.MapEventEndpoints();
        api.MapCommandEndpoints();
        return app;
    }
}
