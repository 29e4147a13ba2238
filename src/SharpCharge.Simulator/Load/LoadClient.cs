using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Simulator.Load.Protocol;
using SharpCharge.Simulator.Load.Protocol.V16;
using SharpCharge.Simulator.Load.Protocol.V201;
using SharpCharge.Simulator.Load.Protocol.V21;

namespace SharpCharge.Simulator.Load;

/// <summary>
/// One load-mode station: connect, boot, report EVSE 1 Available, then send the message mix back to back (one
/// CALL outstanding, OCPP-NOTES §1.4) until told to stop, timing every round trip. It does not reconnect: a
/// dropped connection is counted and the station is done, so the numbers show what the central system did. With
/// <see cref="LoadSettings.RetryConnect"/> a failed connection attempt (refused, timed out) is counted and tried again
/// after a back-off, as a charger in the field retries after an outage.
/// </summary>
internal sealed class LoadClient(string id, LoadSettings settings, SourceBoundConnector connector, LoadStats stats, TimeProvider time)
{
    private readonly ILoadProtocol _protocol = settings.Version switch
    {
        OcppVersion.V16 => new V16LoadProtocol(time),
        OcppVersion.V201 => new V201LoadProtocol(id, time),
        _ => new V21LoadProtocol(id, time),
    };

    private decimal _energyWh;
    private string? _transactionId;

    public async Task RunAsync(CancellationToken stop)
    {
        OcppConnection connection;
        var attempt = 0;
        while (true)
        {
            try
            {
                var transport = await connector.ConnectAsync(id, stop).ConfigureAwait(false);
                connection = new OcppConnection(transport, _protocol.Router, new OcppConnectionOptions { CallTimeout = settings.CallTimeout, Name = id, ProtocolTrace = settings.ProtocolTrace }, logger: null, time);
                break;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or IOException or HttpRequestException or OperationCanceledException or System.Net.Sockets.SocketException)
            {
                // Refused, reset, timed out, out of ports: counted; the station is done unless it retries.
                stats.ConnectFailed();
                if (!settings.RetryConnect)
                {
                    return;
                }
            }

            try
            {
                await Task.Delay(RetryBackOff(attempt++), time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        stats.Opened();
        var receive = connection.RunAsync(CancellationToken.None);
        try
        {
            using var running = CancellationTokenSource.CreateLinkedTokenSource(stop, connection.Closed);
            await SendAllAsync(connection, running.Token).ConfigureAwait(false);
        }
        finally
        {
            stats.Closed();
            if (!stop.IsCancellationRequested)
            {
                stats.Disconnected();
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            await ((Task)receive).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// 1 s, 2 s, 4 s … up to 30 s, plus up to 1 s at random so that a fleet refused at once does not come back at once
    /// (as a charger's RetryBackOffWaitMinimum and RetryBackOffRandomRange spread it in the field).
    /// </summary>
    internal static TimeSpan RetryBackOff(int attempt, double random) =>
        TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(attempt, 5))) + random);

    private static TimeSpan RetryBackOff(int attempt) => RetryBackOff(attempt, Random.Shared.NextDouble());

    private async Task SendAllAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            if (!await TimedAsync(() => _protocol.BootAsync(connection, cancellationToken)).ConfigureAwait(false))
            {
                stats.Rejected();
                return;
            }

            stats.MarkBooted(time.GetTimestamp());
            await TimedAsync(() => _protocol.StatusAsync(connection, cancellationToken)).ConfigureAwait(false);
            if (settings.Mix == MessageMix.MeterValues)
            {
                // Meter values belong to a charging session: open one, then report into it until the run ends.
                _transactionId = await TimedAsync(() => _protocol.StartAsync(connection, "LOAD-TAG", _energyWh, cancellationToken)).ConfigureAwait(false);
            }

            var pacer = settings.Rate is { } rate ? new Pacer(TimeSpan.FromSeconds(settings.Count / rate), time) : null;
            while (!cancellationToken.IsCancellationRequested)
            {
                if (pacer is not null)
                {
                    await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                await NextAsync(connection, cancellationToken).ConfigureAwait(false);
                if (settings.Interval > TimeSpan.Zero)
                {
                    await Task.Delay(settings.Interval, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run ended or the connection closed.
        }
        catch (OcppCallTimeoutException)
        {
            stats.TimedOut();
        }
        catch (OcppCallException)
        {
            // A CALLERROR to the boot or the status report: the station cannot go on.
            stats.CallError();
        }
        catch (Exception e) when (e is OcppConnectionClosedException or OcppInvalidResponseException or OcppCallQueueFullException)
        {
            // Closed under us, or an answer we cannot read: counted as the disconnect that follows.
        }
    }

    private async Task NextAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        _energyWh += 100;
        try
        {
            switch (settings.Mix)
            {
                case MessageMix.Heartbeat:
                    await TimedAsync(() => _protocol.HeartbeatAsync(connection, cancellationToken)).ConfigureAwait(false);
                    break;
                case MessageMix.MeterValues:
                    await TimedAsync(() => _protocol.MeterValuesAsync(connection, _transactionId!, _energyWh, cancellationToken)).ConfigureAwait(false);
                    break;
                case MessageMix.StartStop:
                    var transactionId = await TimedAsync(() => _protocol.StartAsync(connection, "LOAD-TAG", _energyWh, cancellationToken)).ConfigureAwait(false);
                    _energyWh += 1000;
                    await TimedAsync(() => _protocol.StopAsync(connection, transactionId, _energyWh, cancellationToken)).ConfigureAwait(false);
                    break;
            }
        }
        catch (OcppCallException)
        {
            // A CALLERROR is an answer too: counted, and the station goes on.
            stats.CallError();
        }
    }

    private async Task TimedAsync(Func<ValueTask> call)
    {
        var started = time.GetTimestamp();
        await call().ConfigureAwait(false);
        stats.Answered(time.GetElapsedTime(started));
    }

    private async Task<T> TimedAsync<T>(Func<ValueTask<T>> call)
    {
        var started = time.GetTimestamp();
        var result = await call().ConfigureAwait(false);
        stats.Answered(time.GetElapsedTime(started));
        return result;
    }
}
