namespace SharpCharge.Simulator.Load;

/// <summary>Counters every load station updates from its own task; read by the live line and the summary.</summary>
internal sealed class LoadStats
{
    private long _connected;
    private long _booted;
    private long _connectFailures;
    private long _bootRejected;
    private long _calls;
    private long _callErrors;
    private long _timeouts;
    private long _disconnects;
    private long _lastBootTimestamp;
    private long[]? _measuredFromLatency;
    private long _measuredFromCalls;
    private long _measuredFromTimestamp;

    public LatencyHistogram Latency { get; } = new();

    /// <summary>Open connections now.</summary>
    public long Connected => Interlocked.Read(ref _connected);

    /// <summary>Stations that booted (Accepted), ever.</summary>
    public long Booted => Interlocked.Read(ref _booted);

    public long ConnectFailures => Interlocked.Read(ref _connectFailures);

    public long BootRejected => Interlocked.Read(ref _bootRejected);

    /// <summary>CALLs answered with a CALLRESULT (boot and status reports included).</summary>
    public long Calls => Interlocked.Read(ref _calls);

    public long CallErrors => Interlocked.Read(ref _callErrors);

    public long Timeouts => Interlocked.Read(ref _timeouts);

    /// <summary>Connections the central system (or the network) closed while the run went on.</summary>
    public long Disconnects => Interlocked.Read(ref _disconnects);

    public long Errors => ConnectFailures + BootRejected + CallErrors + Timeouts + Disconnects;

    public void Opened() => Interlocked.Increment(ref _connected);

    public void Closed() => Interlocked.Decrement(ref _connected);

    /// <summary>Counts a boot Accepted at <paramref name="timestamp"/> (of the run's <see cref="TimeProvider"/>).</summary>
    public void MarkBooted(long timestamp)
    {
        Interlocked.Increment(ref _booted);
        // Boots complete in any order; keep the latest.
        var last = Interlocked.Read(ref _lastBootTimestamp);
        while (timestamp > last)
        {
            var seen = Interlocked.CompareExchange(ref _lastBootTimestamp, timestamp, last);
            if (seen == last)
            {
                break;
            }

            last = seen;
        }
    }

    /// <summary>When the latest boot was Accepted; 0 before any.</summary>
    public long LastBootTimestamp => Interlocked.Read(ref _lastBootTimestamp);

    /// <summary>
    /// Ends the warm-up: the measured figures (<see cref="MeasuredCalls"/>, <see cref="MeasuredLatency"/>) count from
    /// here, so the ramp and the boots do not dilute a throughput figure.
    /// </summary>
    public void StartMeasuring(long timestamp)
    {
        _measuredFromCalls = Calls;
        _measuredFromTimestamp = timestamp;
        Volatile.Write(ref _measuredFromLatency, Latency.Snapshot());
    }

    /// <summary>When measuring started; 0 when it started with the run.</summary>
    public long MeasuredFromTimestamp => _measuredFromTimestamp;

    /// <summary>Calls answered since <see cref="StartMeasuring"/> (all of them without a warm-up).</summary>
    public long MeasuredCalls => Calls - _measuredFromCalls;

    /// <summary>Round trips since <see cref="StartMeasuring"/> (all of them without a warm-up).</summary>
    public long[] MeasuredLatency()
    {
        var now = Latency.Snapshot();
        return Volatile.Read(ref _measuredFromLatency) is { } from ? LatencyHistogram.Subtract(now, from) : now;
    }

    public void ConnectFailed() => Interlocked.Increment(ref _connectFailures);

    public void Rejected() => Interlocked.Increment(ref _bootRejected);

    public void Answered(TimeSpan latency)
    {
        Interlocked.Increment(ref _calls);
        Latency.Record(latency);
    }

    public void CallError() => Interlocked.Increment(ref _callErrors);

    public void TimedOut() => Interlocked.Increment(ref _timeouts);

    public void Disconnected() => Interlocked.Increment(ref _disconnects);
}
