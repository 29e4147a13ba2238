using System.Threading.Channels;
using SharpCharge.Station.Model;
using SharpCharge.Station.Protocol;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station;

/// <summary>
/// TriggerMessage (1.6 §5.17, ExtendedTriggerMessage, 2.x F06; OCPP-NOTES §4.10, §5.14) and DataTransfer. The
/// adapters answer first; what was asked for goes out through the queue afterwards.
/// </summary>
public sealed partial class ChargingStation
{
    private readonly Channel<bool> _bootTrigger = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    void IStationControl.TriggerHeartbeat() => _queue.Enqueue(_protocol.TriggeredHeartbeat());

    void IStationControl.TriggerBoot()
    {
        if (_registration != RegistrationState.Accepted)
        {
            // Pending or Rejected: cut the wait before the next BootNotification short (OCTT TC_B_31).
            _bootTrigger.Writer.TryWrite(true);
            return;
        }

        _queue.Enqueue(new QueuedMessage("BootNotification", MessageKind.Notification, null, async (connection, _, token) =>
        {
            var answer = await _protocol.BootAsync(connection, BootCause.Triggered, token).ConfigureAwait(false);
            Raise(Event(StationEventKind.BootAnswered) with { Detail = answer.Registration.ToString() });
        }));
    }

    /// <summary>StatusNotification for one connector, an EVSE's connectors, or (1.6: with connector 0) all of them.</summary>
    bool IStationControl.TriggerStatus(int? evseId, int? connectorId)
    {
        lock (_gate)
        {
            if (evseId is { } e && (e < 0 || e > _evses.Length))
            {
                return false;
            }

            if (evseId is null or 0 && _protocol.ReportsConnectorZero)
            {
                _queue.Enqueue(_protocol.Status(0, 0, static () => ConnectorStatus.Available));
                if (evseId == 0)
                {
                    return true;
                }
            }

            foreach (var connector in _evses.Where(x => evseId is null || x.Id == evseId).SelectMany(x => x.Connectors).Where(c => connectorId is null || c.Id == connectorId))
            {
                _queue.Enqueue(_protocol.Status(connector.EvseId, connector.Id, () => CurrentStatus(connector)));
            }

            return true;
        }
    }

    /// <summary>
    /// The latest values of the sampled measurands (context Trigger): 1.6 MeterValues (with the transaction id when a
    /// session runs); 2.x MeterValues, or TransactionEvent Updated (trigger Trigger) for running sessions.
    /// </summary>
    bool IStationControl.TriggerMeterValues(int? evseId, bool transactionEvents)
    {
        lock (_gate)
        {
            if (evseId is { } e && (e < 0 || e > _evses.Length))
            {
                return false;
            }

            var now = _time.GetUtcNow();
            var measurands = _settings.List(Configuration.Setting.SampledMeasurands);
            foreach (var evse in _evses.Where(x => evseId is null or 0 || x.Id == evseId))
            {
                if (evse.Session is { } session)
                {
                    Advance(evse, session, now);
                }

                if (transactionEvents)
                {
                    if (evse.Session is { } running)
                    {
                        _queue.Enqueue(_protocol.MeterSample(running, ReadingOf(evse), measurands, MeterContext.Trigger, now));
                    }
                }
                else if (evse.Session is { } running && _protocol.ReportsConnectorZero)
                {
                    _queue.Enqueue(_protocol.MeterSample(running, ReadingOf(evse), measurands, MeterContext.Trigger, now));
                }
                else
                {
                    _queue.Enqueue(_protocol.IdleMeterSample(evse.Id, ReadingOf(evse), measurands, MeterContext.Trigger, now));
                }
            }

            return true;
        }
    }

    void IStationControl.OnTriggered(string message, string answer)
        => Raise(Event(StationEventKind.MessageTriggered) with { Action = message, Detail = answer });

    (string Status, string? Data) IStationControl.DataTransfer(string vendorId, string? messageId, string? data)
    {
        var answer = _options.DataTransferHandler is { } handler
            ? handler(vendorId, messageId, data)
            : string.Equals(vendorId, _options.Vendor, StringComparison.Ordinal) ? ("UnknownMessageId", null) : ("UnknownVendorId", (string?)null);
        Raise(Event(StationEventKind.DataTransferReceived) with { Detail = $"{vendorId} {messageId} {answer.Item1}" });
        return answer;
    }

    /// <summary>Waits before the next BootNotification; a TriggerMessage(BootNotification) cuts it short. False when cancelled.</summary>
    private async Task<bool> WaitBeforeBootAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        _bootTrigger.Reader.TryRead(out _);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, _time, waiting.Token);
        var trigger = _bootTrigger.Reader.WaitToReadAsync(waiting.Token).AsTask();
        await Task.WhenAny(delay, trigger).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(delay, trigger).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return !cancellationToken.IsCancellationRequested;
    }
}
