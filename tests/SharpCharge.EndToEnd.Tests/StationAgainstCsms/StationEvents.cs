using System.Collections.Concurrent;
using SharpCharge.Station;

namespace SharpCharge.EndToEnd.Tests.StationAgainstCsms;

/// <summary>Keeps every event a station raises, for assertions on what it did.</summary>
internal sealed class StationEvents
{
    private readonly ConcurrentQueue<StationEvent> _events = new();

    public StationEvents(ChargingStation station) => station.EventOccurred += (_, e) => _events.Enqueue(e);

    public int Count(StationEventKind kind, Func<StationEvent, bool>? where = null) => _events.Count(e => e.Kind == kind && (where is null || where(e)));

    public IReadOnlyList<StationEvent> All(StationEventKind kind) => [.. _events.Where(e => e.Kind == kind)];
}
