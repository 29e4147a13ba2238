using System.Diagnostics;
using SharpCharge.Station;
using SharpCharge.Station.Model;

namespace SharpCharge.Dashboard.Tests.Support;

/// <summary>
/// A clock that starts the instant a simulated charger's EVSE turns to Charging, taken from the charger's own event
/// (raised as its state changes, before anything is sent), so a deadline measured from it covers the whole way to the
/// central system and the page, and nothing before: the simulated vehicle takes a moment to draw power after the
/// session starts.
/// </summary>
internal sealed class ChargingClock : IDisposable
{
    private readonly ChargingStation _station;
    private readonly int _evseId;
    private readonly TaskCompletionSource<Stopwatch> _charging = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChargingClock(ChargingStation station, int evseId)
    {
        ArgumentNullException.ThrowIfNull(station);
        _station = station;
        _evseId = evseId;
        station.EventOccurred += OnEvent;
    }

    /// <summary>The clock, running since the EVSE turned to Charging; fails when it does not within <paramref name="timeout"/>.</summary>
    public async Task<Stopwatch> ChargingAsync(TimeSpan timeout)
    {
        try
        {
            return await _charging.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Charger {_station.Id} did not start charging on EVSE {_evseId} within {timeout.TotalSeconds:0} s.");
        }
    }

    public void Dispose() => _station.EventOccurred -= OnEvent;

    // Raised under the station's lock: only start the clock here.
    private void OnEvent(object? sender, StationEvent stationEvent)
    {
        if (stationEvent is { Kind: StationEventKind.ConnectorStatusChanged, Status: ConnectorStatus.Charging } && stationEvent.EvseId == _evseId)
        {
            _charging.TrySetResult(Stopwatch.StartNew());
        }
    }
}
