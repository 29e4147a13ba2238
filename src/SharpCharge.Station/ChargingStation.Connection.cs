using System.Net.WebSockets;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>The connection loop: connect, boot, heartbeat, drain the queue; back off and reconnect when it breaks.</summary>
public sealed partial class ChargingStation
{
    private async Task RunConnectionLoopAsync(CancellationToken stop)
    {
        var cause = BootCause.PowerUp;
        var mustBoot = true;
        while (!stop.IsCancellationRequested)
        {
            Raise(Event(StationEventKind.Connecting));
            IOcppTransport transport;
            try
            {
                transport = await _connector.ConnectAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is WebSocketException or IOException or TimeoutException or HttpRequestException)
            {
                var wait = _backOff.NextWait();
                Raise(Event(StationEventKind.ConnectFailed) with { Detail = e.Message, RetryIn = wait });
                if (!await DelayAsync(wait, stop).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            var connectionOptions = new OcppConnectionOptions { CallTimeout = _options.CallTimeout, Name = _options.Id, ProtocolTrace = _options.ProtocolTrace };
            var connection = new OcppConnection(transport, _protocol.Router, connectionOptions, logger: null, _time);
            Raise(Event(StationEventKind.Connected));
            var rebootCause = await RunOnlineAsync(connection, mustBoot || _options.BootOnEveryConnection, cause, stop).ConfigureAwait(false);
            var rebooted = rebootCause is not null;
            mustBoot = rebooted;
            cause = rebootCause ?? cause;
            if (!rebooted && !stop.IsCancellationRequested && !await DelayAsync(_backOff.NextWait(), stop).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Runs one connection to its end. The boot reason when it ended because the station reboots (Reset, firmware), else null.</summary>
    private async Task<BootCause?> RunOnlineAsync(OcppConnection connection, bool boot, BootCause cause, CancellationToken stop)
    {
        // The connection owns the transport; this method owns the connection and its receive loop.
        var receive = connection.RunAsync(CancellationToken.None);
        using var online = CancellationTokenSource.CreateLinkedTokenSource(stop, connection.Closed);
        BootCause? rebooted = null;
        string? failure = null;
        try
        {
            if (boot && !await BootAsync(connection, cause, online.Token).ConfigureAwait(false))
            {
                return null;
            }

            Volatile.Write(ref _online, connection);
            rebooted = await ServeAsync(connection, online.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or OcppConnectionClosedException or OcppCallTimeoutException
                                      or OcppCallException or OcppInvalidResponseException or OcppCallQueueFullException)
        {
            // A broken or unanswered connection is dropped and opened again (OCPP-NOTES §1.5); a CALLERROR to a
            // boot or heartbeat likewise. Queued messages stay queued.
            failure = e.GetType().Name;
        }
        finally
        {
            Volatile.Write(ref _online, null);
            _queue.GoOffline();
            await connection.DisposeAsync().ConfigureAwait(false);
            var closed = await receive.ConfigureAwait(false);
            Raise(Event(StationEventKind.Disconnected) with { Detail = failure ?? closed.Description ?? closed.Status?.ToString() });
        }

        return rebooted;
    }

    /// <summary>Boots until Accepted (OCPP-NOTES §4.2, §5.5). False when the connection ended first.</summary>
    private async Task<bool> BootAsync(OcppConnection connection, BootCause cause, CancellationToken cancellationToken)
    {
        _registration = RegistrationState.NotBooted;
        while (true)
        {
            var answer = await _protocol.BootAsync(connection, cause, cancellationToken).ConfigureAwait(false);
            var answerAt = _time.GetUtcNow();
            _registration = answer.Registration;
            Raise(Event(StationEventKind.BootAnswered) with { Detail = answer.Registration.ToString() });
            if (answer.Registration == RegistrationState.Accepted)
            {
                if (answer.Interval > TimeSpan.Zero)
                {
                    _settings.Write(Configuration.Setting.HeartbeatInterval, ((int)answer.Interval.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                _backOff.Reset();
                ReportAllConnectors();
                FinishFirmwareAfterBoot();
                return true;
            }

            var wait = answer.Interval > TimeSpan.Zero ? answer.Interval : _options.BootRetryFallback;
            if (!await WaitBeforeBootAsync(wait, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            // A TriggerMessage may have cut the wait short: then the next boot says so.
            cause = _time.GetUtcNow() < answerAt + wait ? BootCause.Triggered : cause;
        }
    }

    /// <summary>Heartbeats and drains the queue until the connection breaks (null) or a reboot is asked for (its boot reason).</summary>
    private async Task<BootCause?> ServeAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        using var serving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatLoopAsync(connection, serving.Token);
        var drain = _queue.DrainAsync(connection, serving.Token);
        var reset = _resets.Reader.WaitToReadAsync(serving.Token).AsTask();
        var first = await Task.WhenAny(heartbeat, drain, reset).ConfigureAwait(false);
        var rebootCause = BootCause.RemoteReset;
        var rebooting = first == reset && reset.IsCompletedSuccessfully && _resets.Reader.TryRead(out rebootCause);
        if (rebooting)
        {
            await LetResetAnswerLeaveAsync(connection, cancellationToken).ConfigureAwait(false);
            _registration = RegistrationState.NotBooted;
        }

        await serving.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(heartbeat, drain, reset).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        // The first loop to fail decides how the connection ended (timeout, closed, ...).
        if (!rebooting && first.IsFaulted)
        {
            await first.ConfigureAwait(false);
        }

        return rebooting ? rebootCause : null;
    }

    /// <summary>
    /// Before a Reset closes the connection: let the stop messages of the ended sessions go out (at most
    /// <see cref="ChargingStationOptions.ResetGrace"/>), then make one more call. Its answer is read after the
    /// receive loop wrote the Reset answer, so closing after it cannot cut that answer off.
    /// </summary>
    private async Task LetResetAnswerLeaveAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.WhenEmptyAsync(cancellationToken).WaitAsync(_options.ResetGrace, _time, cancellationToken).ConfigureAwait(false);
            await _protocol.HeartbeatAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OcppCallException or OcppCallTimeoutException or OcppConnectionClosedException)
        {
            // Rebooting anyway: what did not go out stays queued for the next connection.
        }
    }

    private async Task HeartbeatLoopAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        // The interval is read again for every wait: a new value from the central system applies from the next beat.
        while (await DelayAsync(HeartbeatInterval, cancellationToken).ConfigureAwait(false))
        {
            var now = await _protocol.HeartbeatAsync(connection, cancellationToken).ConfigureAwait(false);
            Raise(Event(StationEventKind.HeartbeatAnswered) with { Detail = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Waits on the injected clock; false when cancelled instead.</summary>
    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
