using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Chargers refused with 503 because the database could not serve their admission in time (a fleet connecting at once
/// has drained the connection pool). Logged as one line per interval with the count, not one per charger: in a storm
/// thousands are refused within seconds, and a line (with its stack trace) each would add to the load that caused it.
/// </summary>
internal sealed partial class BusyStoreRefusals
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private long _unlogged;
    private long _nextLogAt;

    public BusyStoreRefusals(ILogger logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
    }

    /// <summary>How long a refused charger is asked to wait: 5 to 15 s at random, so that a refused fleet does not return at once.</summary>
    public static int RetryAfterSeconds() => Random.Shared.Next(5, 16);

    public void Refused(string chargerId, Exception exception)
    {
        Interlocked.Increment(ref _unlogged);
        var now = _time.GetTimestamp();
        var due = Volatile.Read(ref _nextLogAt);
        if (now < due || Interlocked.CompareExchange(ref _nextLogAt, now + (long)(LogInterval.TotalSeconds * _time.TimestampFrequency), due) != due)
        {
            return;
        }

        Log.Busy(_logger, Interlocked.Exchange(ref _unlogged, 0), chargerId, exception.Message);
    }

    private static partial class Log
    {
        [LoggerMessage(ConnectionEventIds.StoreBusy, LogLevel.Warning,
            "{Count} charger(s) refused with 503 and asked to retry: the database did not answer their admission in time (the last, {ChargerId}: {Reason}). Many chargers connecting at once can cause this; see Storage:ConnectionString pool size in docs/configuration.md",
            EventName = "ChargerRefusedStoreBusy")]
        public static partial void Busy(ILogger logger, long count, string chargerId, string reason);
    }
}
