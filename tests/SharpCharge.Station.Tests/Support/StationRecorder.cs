using System.Collections.Concurrent;

using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.Station.Tests.Support;

/// <summary>Keeps every event a station raises and waits for the ones a test expects.</summary>
internal sealed class StationRecorder
{
    private readonly ConcurrentQueue<StationEvent> _events = new();

    public StationRecorder(ChargingStation station) => station.EventOccurred += (_, e) => _events.Enqueue(e);

    public IReadOnlyList<StationEvent> Events => [.. _events];

    public int Count(StationEventKind kind) => _events.Count(e => e.Kind == kind);

    public async Task<StationEvent> WaitForAsync(Func<StationEvent, bool> match, int seconds = 10)
    {
        StationEvent? found = null;
        await Eventually.TrueAsync(() => Task.FromResult((found = _events.FirstOrDefault(match)) is not null), seconds);
        return found!;
    }

    public Task<StationEvent> WaitForAsync(StationEventKind kind, int occurrence = 1, int seconds = 10)
        => WaitForAsync(e => e.Kind == kind && _events.Count(x => x.Kind == kind) >= occurrence, seconds);
}
