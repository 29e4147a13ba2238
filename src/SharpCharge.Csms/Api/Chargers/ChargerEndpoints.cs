using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>Registering, listing, changing and deleting chargers: <c>/api/chargers</c>.</summary>
internal static class ChargerEndpoints
{

    public static void MapChargerEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/chargers").WithTags("Chargers");
        group.MapGet("/", ListAsync).WithName("ListChargers")
            .WithSummary("Chargers with their connectors, power and running session; filters status, station, online; paged.");
        group.MapGet("/{id}", GetAsync).WithName("GetCharger").WithSummary("One charger.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", RegisterAsync).WithName("RegisterCharger").WithSummary("Registers a charger (id, station, password).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/{id}", UpdateAsync).WithName("UpdateCharger").WithSummary("Changes station, password, vendor, model or registration status.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteCharger")
            .WithSummary("Deletes a charger; its sessions and history are kept, and it can no longer connect when unknown chargers are refused.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<ChargerDto>>, ValidationProblem>> ListAsync(
        IReportingStore reports,
        string? status,
        string? station,
        bool? online,
        [AsParameters] PagingQuery paging,
        CancellationToken cancellationToken)
    {
        ConnectorStatus? wanted = null;
        if (status is not null)
        {
            if (!ApiNames.TryParse<ConnectorStatus>(status, out var parsed))
            {
                return ApiProblems.Invalid("status", $"Unknown status '{status}'; use one of {ApiNames.All<ConnectorStatus>()}.");
            }

            wanted = parsed;
        }

        if (!Paging.TryResolve(paging, out var window, out var problem))
        {
            return problem!;
        }

        var fleet = await reports.GetFleetAsync(station, null, cancellationToken);
        var chargers = ChargerViews.Build(fleet)
            // A status matches as the charger reported it and as the dashboard shows it: a 2.x charger whose session charges
            // reports its connector Occupied, and an operator asking for the chargers that charge expects to find it.
            .Where(c => (wanted is null || c.Status == wanted || ChargerViews.ActivityOf(c) == wanted) && (online is null || c.Connected == online))
            .ToList();
        return TypedResults.Ok(window.Slice(chargers));
    }

    private static async Task<Results<Ok<ChargerDto>, ProblemHttpResult>> GetAsync(
        string id, IReportingStore reports, CancellationToken cancellationToken)
    {
        var charger = await FindAsync(reports, id, cancellationToken);
        return charger is null ? ApiProblems.UnknownCharger(id) : TypedResults.Ok(charger);
    }

    private static async Task<Results<Created<ChargerDto>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterChargerRequest request,
        IChargerService chargers,
        IStationService stations,
        IReportingStore reports,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Id))
        {
            return ApiProblems.Invalid("id", "The charger id is required.");
        }

        try
        {
            ChargerService.ValidateChargerId(request.Id);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.Invalid("id", e.Message.Split(" (Parameter", 2)[0]);
        }

        if (await ValidateAsync(request.Id, request.StationId, request.Password, stations, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (ValidateHardware(request.Latitude, request.Longitude, request.MaxPowerKw) is { } invalidHardware)
        {
            return invalidHardware;
        }

        if (await chargers.FindAsync(request.Id, cancellationToken) is not null)
        {
            return ApiProblems.Conflict($"Charger '{request.Id}' is already registered; change it with PATCH /api/chargers/{request.Id}.");
        }

        var charger = await chargers.RegisterAsync(request.Id, request.RegistrationStatus ?? ChargerRegistrationStatus.Accepted, cancellationToken);
        await ApplyAsync(charger.Id, request.StationId, request.Password, request.Vendor, request.Model, null, chargers, cancellationToken);
        await ApplyHardwareAsync(charger.Id, request.Latitude, request.Longitude, request.MaxPowerKw, chargers, cancellationToken);
        var created = await FindAsync(reports, charger.Id, cancellationToken);
        return TypedResults.Created($"/api/chargers/{Uri.EscapeDataString(charger.Id)}", created!);
    }

    private static async Task<Results<Ok<ChargerDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id,
        UpdateChargerRequest request,
        IChargerService chargers,
        IStationService stations,
        IReportingStore reports,
        CancellationToken cancellationToken)
    {
        var charger = await chargers.FindAsync(id, cancellationToken);
        if (charger is null)
        {
            return ApiProblems.UnknownCharger(id);
        }

        if (await ValidateAsync(charger.Id, request.StationId, request.Password, stations, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (ValidateHardware(request.Latitude, request.Longitude, request.MaxPowerKw) is { } invalidHardware)
        {
            return invalidHardware;
        }

        await ApplyAsync(charger.Id, request.StationId, request.Password, request.Vendor, request.Model, request.RegistrationStatus, chargers, cancellationToken);
        await ApplyHardwareAsync(charger.Id, request.Latitude, request.Longitude, request.MaxPowerKw, chargers, cancellationToken);
        return TypedResults.Ok((await FindAsync(reports, charger.Id, cancellationToken))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, IChargerService chargers, ChargerSessionRegistry sessions, CancellationToken cancellationToken)
    {
        if (!await chargers.DeleteAsync(id, cancellationToken))
        {
            return ApiProblems.UnknownCharger(id);
        }

        // A deleted charger that is still connected is let go at once; whether it may come back is up to the
        // unknown-charger policy, as for any charger the central system does not know.
        if (sessions.TryGet(id, out var session))
        {
            session.Connection.RequestClose(WebSocketCloseStatus.PolicyViolation, "This charge point was deleted.");
        }

        return TypedResults.NoContent();
    }

    private static async Task<ChargerDto?> FindAsync(IReportingStore reports, string id, CancellationToken cancellationToken) =>
        ChargerViews.Build(await reports.GetFleetAsync(null, id, cancellationToken)).FirstOrDefault();

    private static async Task<ValidationProblem?> ValidateAsync(
        string chargerId, string? stationId, string? password, IStationService stations, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(stationId) && await stations.GetAsync(stationId, cancellationToken) is null)
        {
            return ApiProblems.Invalid("station_id", $"No station '{stationId}' exists; create it with POST /api/stations first.");
        }

        return string.IsNullOrEmpty(password)
            ? null
            : ChargerPasswordRules.CheckStored(password) ?? ChargerPasswordRules.CheckCharger(chargerId);
    }

    private static ValidationProblem? ValidateHardware(double? latitude, double? longitude, double? maxPowerKw)
    {
        if (latitude is null != longitude is null)
        {
            return ApiProblems.Invalid(latitude is null ? "latitude" : "longitude", "Give latitude and longitude together.");
        }

        if (latitude is { } lat && !(lat is >= -90 and <= 90))
        {
            return ApiProblems.Invalid("latitude", "Must be between -90 and 90 (WGS 84 degrees).");
        }

        if (longitude is { } lon && !(lon is >= -180 and <= 180))
        {
            return ApiProblems.Invalid("longitude", "Must be between -180 and 180 (WGS 84 degrees).");
        }

        if (maxPowerKw is { } kw && !(kw is > 0 and <= ChargerService.MaxPowerKwLimit))
        {
            return ApiProblems.Invalid("max_power_kw", "Must be above 0 and at most 100000 (kW, all EVSEs together).");
        }

        return null;
    }

    private static async Task ApplyHardwareAsync(
        string chargerId, double? latitude, double? longitude, double? maxPowerKw, IChargerService chargers, CancellationToken cancellationToken)
    {
        if (latitude is not null || maxPowerKw is not null)
        {
            await chargers.UpdateHardwareAsync(chargerId, latitude, longitude, maxPowerKw, cancellationToken);
        }
    }

    private static async Task ApplyAsync(
        string chargerId,
        string? stationId,
        string? password,
        string? vendor,
        string? model,
        ChargerRegistrationStatus? status,
        IChargerService chargers,
        CancellationToken cancellationToken)
    {
        if (stationId is not null)
        {
            await chargers.AssignStationAsync(chargerId, stationId.Length == 0 ? null : stationId, cancellationToken);
        }

        if (password is not null)
        {
            await (password.Length == 0
                ? chargers.ClearPasswordAsync(chargerId, cancellationToken)
                : chargers.SetPasswordAsync(chargerId, password, cancellationToken));
        }

        if (vendor is not null || model is not null)
        {
            await chargers.UpdateDetailsAsync(chargerId, vendor, model, cancellationToken);
        }

        if (status is { } registration)
        {
            await chargers.SetRegistrationStatusAsync(chargerId, registration, cancellationToken);
        }
    }
}
