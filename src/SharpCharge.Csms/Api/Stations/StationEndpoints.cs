using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Stations;

/// <summary>Stations with location, grid capacity and tariff: <c>/api/stations</c>.</summary>
internal static class StationEndpoints
{
    public static void MapStationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/stations").WithTags("Stations");
        group.MapGet("/", ListAsync).WithName("ListStations").WithSummary("Every station with its chargers.");
        group.MapGet("/{id}", GetAsync).WithName("GetStation").WithSummary("One station.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateStation").WithSummary("Creates a station (name, address, coordinates, capacity, tariff).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/{id}", UpdateAsync).WithName("UpdateStation").WithSummary("Changes a station's fields.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<StationDto>>> ListAsync(
        IStationService stations, IChargerService chargers, CancellationToken cancellationToken)
    {
        var all = await stations.ListAsync(cancellationToken);
        var members = (await chargers.ListAsync(null, cancellationToken)).Where(c => c.StationId is not null).ToLookup(c => c.StationId!);
        return TypedResults.Ok<IReadOnlyList<StationDto>>([.. all.Select(s => ToDto(s, [.. members[s.Id].Select(c => c.Id)]))]);
    }

    private static async Task<Results<Ok<StationDto>, ProblemHttpResult>> GetAsync(
        string id, IStationService stations, IChargerService chargers, CancellationToken cancellationToken)
    {
        var station = await stations.GetAsync(id, cancellationToken);
        return station is null ? ApiProblems.NotFound("station", id) : TypedResults.Ok(await ToDtoAsync(station, chargers, cancellationToken));
    }

    private static async Task<Results<Created<StationDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateStationRequest request, IStationService stations, IChargerService chargers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.StationId))
        {
            return ApiProblems.Invalid("station_id", "The station id is required.");
        }

        if (!TryTariff(request.Tariff, out var tariff, out var tariffProblem))
        {
            return tariffProblem!;
        }

        if (await stations.GetAsync(request.StationId, cancellationToken) is not null)
        {
            return ApiProblems.Conflict($"Station '{request.StationId}' exists; change it with PATCH /api/stations/{request.StationId}.");
        }

        var station = new Station(request.StationId, request.Name ?? string.Empty)
        {
            Address = request.Address,
            Latitude = request.Latitude,
            Longitude = request.Longitude,
            CapacityKw = request.CapacityKw,
            Tariff = tariff,
        };
        if (await SaveAsync(station, stations, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        return TypedResults.Created($"/api/stations/{Uri.EscapeDataString(station.Id)}", await ToDtoAsync(station, chargers, cancellationToken));
    }

    private static async Task<Results<Ok<StationDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, UpdateStationRequest request, IStationService stations, IChargerService chargers, CancellationToken cancellationToken)
    {
        var station = await stations.GetAsync(id, cancellationToken);
        if (station is null)
        {
            return ApiProblems.NotFound("station", id);
        }

        if (!TryTariff(request.Tariff, out var tariff, out var tariffProblem))
        {
            return tariffProblem!;
        }

        var changed = station with
        {
            Name = request.Name ?? station.Name,
            Address = request.Address is null ? station.Address : request.Address.Length == 0 ? null : request.Address,
            Latitude = request.Latitude ?? station.Latitude,
            Longitude = request.Longitude ?? station.Longitude,
            CapacityKw = request.CapacityKw ?? station.CapacityKw,
            Tariff = request.RemoveTariff == true ? null : tariff ?? station.Tariff,
        };
        if (await SaveAsync(changed, stations, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        return TypedResults.Ok(await ToDtoAsync(changed, chargers, cancellationToken));
    }

    private static bool TryTariff(TariffDto? dto, out Tariff? tariff, out ValidationProblem? problem)
    {
        tariff = null;
        problem = null;
        if (dto is null)
        {
            return true;
        }

        if (dto.PricePerKwh is not { } perKwh)
        {
            problem = ApiProblems.Invalid("tariff.price_per_kwh", "A tariff needs a price per kWh (0 for free energy).");
            return false;
        }

        tariff = new Tariff(perKwh, dto.Currency ?? string.Empty) { PricePerMinute = dto.PricePerMinute, SessionFee = dto.SessionFee };
        return true;
    }

    // The domain validates and names the field in C# spelling ("CapacityKw", "Tariff.Currency"); the API names it in JSON.
    private static async Task<ValidationProblem?> SaveAsync(Station station, IStationService stations, CancellationToken cancellationToken)
    {
        try
        {
            await stations.SaveAsync(station, cancellationToken);
            return null;
        }
        catch (ArgumentException e) when (e.ParamName is not null)
        {
            var field = e.ParamName switch
            {
                "Id" => "station_id",
                "Tariff" => "tariff",
                _ => string.Join('.', e.ParamName.Split('.').Select(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName)),
            };
            return ApiProblems.Invalid(field, e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static async Task<StationDto> ToDtoAsync(Station station, IChargerService chargers, CancellationToken cancellationToken) =>
        ToDto(station, [.. (await chargers.ListAsync(station.Id, cancellationToken)).Select(c => c.Id)]);

    private static StationDto ToDto(Station station, IReadOnlyList<string> chargerIds) =>
        new(
            station.Id,
            station.Name,
            station.Address,
            station.Latitude,
            station.Longitude,
            station.CapacityKw,
            station.Tariff is { } t ? new TariffDto(t.PricePerKwh, t.Currency, t.PricePerMinute, t.SessionFee) : null,
            chargerIds);
}
