namespace SharpCharge.Csms.Api.Commands;

/// <summary>The route group every per-charger command lives in, with the problems any command may answer.</summary>
internal static class CommandRoutes
{
    public static RouteGroupBuilder Group(IEndpointRouteBuilder routes) =>
        routes.MapGroup("/chargers/{id}")
            .WithTags("Commands")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    /// <summary>Every command route: sessions and the charger, configuration, maintenance, charging, and the history.</summary>
    public static void MapCommandEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapChargerCommands();
        routes.MapConfigurationCommands();
        routes.MapPasswordCommands();
        routes.MapMaintenanceCommands();
        routes.MapChargingCommands();
        routes.MapCommandHistory();
    }
}
