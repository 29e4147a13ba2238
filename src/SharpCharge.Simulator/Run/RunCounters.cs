namespace SharpCharge.Simulator.Run;

/// <summary>What happened during a run, counted from station events (any thread) and the runner's loop.</summary>
internal sealed class RunCounters
{
    private long _boots;
    private long _connectFailures;
    private long _disconnects;
    private long _delivered;
    private long _dropped;
    private long _started;
    private long _refused;
    private long _completed;
    private long _remoteStarts;
    private long _energyWh;

    public long Boots => Interlocked.Read(ref _boots);

    public long ConnectFailures => Interlocked.Read(ref _connectFailures);

    public long Disconnects => Interlocked.Read(ref _disconnects);

    public long MessagesDelivered => Interlocked.Read(ref _delivered);

    public long MessagesDropped => Interlocked.Read(ref _dropped);

    public long SessionsStarted => Interlocked.Read(ref _started);

    public long SessionsRefused => Interlocked.Read(ref _refused);

    public long SessionsCompleted => Interlocked.Read(ref _completed);

    public long RemoteStarts => Interlocked.Read(ref _remoteStarts);

    public decimal EnergyKWh => Interlocked.Read(ref _energyWh) / 1000m;

    public void Boot() => Interlocked.Increment(ref _boots);

    public void ConnectFailure() => Interlocked.Increment(ref _connectFailures);

    public void Disconnect() => Interlocked.Increment(ref _disconnects);

    public void Delivered() => Interlocked.Increment(ref _delivered);

    public void Dropped() => Interlocked.Increment(ref _dropped);

    public void Started() => Interlocked.Increment(ref _started);

    public void Refused() => Interlocked.Increment(ref _refused);

    public void RemoteStart() => Interlocked.Increment(ref _remoteStarts);

    public void Completed(decimal energyWh)
    {
        Interlocked.Increment(ref _completed);
        Interlocked.Add(ref _energyWh, (long)energyWh);
    }
}
