using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Domain.Events;

/// <summary>
/// Keeps the protocol log within <c>Csms:ProtocolLogRetentionDays</c>: deletes older rows at start and then every
/// hour. One delete statement per run; with a retention of 0 it deletes nothing.
/// </summary>
internal sealed partial class ProtocolLogRetentionJob(IChargerEventService events, TimeProvider time, ILogger<ProtocolLogRetentionJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PurgeAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task PurgeAsync(CancellationToken stoppingToken)
    {
        try
        {
            var deleted = await events.PurgeProtocolLogAsync(stoppingToken).ConfigureAwait(false);
            if (deleted > 0)
            {
                Log.Purged(logger, deleted);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; an old row kept an hour longer harms nothing.
            Log.PurgeFailed(logger, e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(DomainEventIds.ProtocolLogPurged, LogLevel.Information,
            "Deleted {Count} protocol log entries past their retention", EventName = "ProtocolLogPurged")]
        public static partial void Purged(ILogger logger, int count);

        [LoggerMessage(DomainEventIds.ProtocolLogPurgeFailed, LogLevel.Warning,
            "Old protocol log entries could not be deleted; trying again in an hour", EventName = "ProtocolLogPurgeFailed")]
        public static partial void PurgeFailed(ILogger logger, Exception exception);
    }
}
