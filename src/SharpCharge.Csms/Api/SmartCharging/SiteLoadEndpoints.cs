using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>Site load management: <c>/api/stations/{id}/capacity</c> and <c>/api/stations/{id}/load</c>.</summary>
internal static class SiteLoadEndpoints
{
    public static void MapSiteLoadEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/stations/{id}").WithTags("Site load management");
        group.MapPatch("/capacity", SetCapacityAsync).WithName("SetSiteCapacity")
            .WithSummary("Changes a site's capacity and time-of-day limit; the balancer applies them within its debounce.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/load", GetLoadAsync).WithName("GetSiteLoad")
            .WithSummary("The site's limit now and each running session's share after the latest balancing round.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<SiteLoadDto>, ValidationProblem, ProblemHttpResult>> SetCapacityAsync(
        string id, SiteCapacityBody body, IStationService stations, SiteBalancingQueue queue, SiteLoadJournal journal, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await stations.GetAsync(id, cancellationToken) is not { } station)
        {
            return ApiProblems.NotFound("station", id);
        }

        if (body.CapacityKw is { } capacity && (capacity <= 0 || capacity > 1_000_000 || double.IsNaN(capacity)))
        {
            return ApiProblems.Invalid("capacity_kw", "The site's capacity in kW, more than 0 and at most 1000000.");
        }

        var peak = station.PeakLimit;
        if (body.RemovePeakLimit == true)
        {
            peak = null;
        }
        else if (body.PeakLimitKw is not null || body.PeakFrom is not null || body.PeakTo is not null)
        {
            if (body.PeakLimitKw is not { } limit || limit < 0)
            {
                return ApiProblems.Invalid("peak_limit_kw", "Required with peak_from and peak_to: the limit in kW during the window, 0 or more.");
            }

            if (!TryTime(body.PeakFrom, out var from))
            {
                return ApiProblems.Invalid("peak_from", "Required with peak_limit_kw: the window's start in UTC as HH:mm.");
            }

            if (!TryTime(body.PeakTo, out var to) || to == from)
            {
                return ApiProblems.Invalid("peak_to", "Required with peak_limit_kw: the window's end in UTC as HH:mm, not equal to peak_from.");
            }

            peak = new TimeOfDayLimit(limit, from, to);
        }

        var saved = await stations.SaveAsync(station with { CapacityKw = body.CapacityKw ?? station.CapacityKw, PeakLimit = peak }, cancellationToken);
        queue.Request(saved.Id, time.GetUtcNow());
        return TypedResults.Ok(ToDto(saved, journal.Site(saved.Id), time.GetUtcNow()));
    }

    private static async Task<Results<Ok<SiteLoadDto>, ProblemHttpResult>> GetLoadAsync(
        string id, IStationService stations, SiteLoadJournal journal, TimeProvider time, CancellationToken cancellationToken)
        => await stations.GetAsync(id, cancellationToken) is { } station
            ? TypedResults.Ok(ToDto(station, journal.Site(station.Id), time.GetUtcNow()))
            : ApiProblems.NotFound("station", id);

    private static bool TryTime(string? text, out TimeOnly time)
        => TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static SiteLoadDto ToDto(Station station, SiteLoadView? view, DateTimeOffset now) => new(
        station.Id,
        station.CapacityKw,
        station.PeakLimit?.LimitKw,
        station.PeakLimit?.From.ToString("HH:mm", CultureInfo.InvariantCulture),
        station.PeakLimit?.To.ToString("HH:mm", CultureInfo.InvariantCulture),
        SiteCapacity.LimitW(station, now) / 1000m,
        view?.At,
        [.. (view?.Sessions ?? []).Select(s => new SessionLoadDto(s.ChargerId, s.EvseId, s.TransactionId, s.AcceptedLimitW / 1000m, s.CountedW / 1000m, s.Confirmed, s.PowerW / 1000m))]);
}
