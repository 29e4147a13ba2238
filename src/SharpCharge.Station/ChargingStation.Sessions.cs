using System.Globalization;
using SharpCharge.Station.Model;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>Sessions: local start and stop, the remote requests of the central system, and the connector states they move through.</summary>
public sealed partial class ChargingStation
{
    /// <summary>
    /// A driver presents <paramref name="idToken"/> at the EVSE: the local list, the cache, then Authorize when
    /// online (ChargingStation.Authorization.cs), then start the session (1.6 StartTransaction, 2.x TransactionEvent
    /// Started with seqNo 0). Offline, LocalAuthorizeOffline and AllowOfflineTxForUnknownId decide, and the session's
    /// messages wait in the queue.
    /// </summary>
    public async Task<SessionStartOutcome> StartSessionAsync(int evseId, string idToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idToken);
        if (evseId < 1 || evseId > _evses.Length)
        {
            return SessionStartOutcome.UnknownEvse;
        }

        lock (_gate)
        {
            if (!IsFree(_evses[evseId - 1], idToken))
            {
                return SessionStartOutcome.EvseBusy;
            }
        }

        if (!await AuthorizeTokenAsync(idToken, cancellationToken).ConfigureAwait(false))
        {
            return SessionStartOutcome.NotAuthorized;
        }

        lock (_gate)
        {
            return BeginSession(_evses[evseId - 1], idToken, remoteStartId: null) is null ? SessionStartOutcome.EvseBusy : SessionStartOutcome.Started;
        }
    }

    /// <summary>The driver ends the session on the EVSE (1.6 StopTransaction reason Local, 2.x Ended/StopAuthorized). False when none runs.</summary>
    public bool StopSession(int evseId)
    {
        lock (_gate)
        {
            var evse = EvseOf(evseId);
            return evse.Session is not null && EndSession(evse, StopCause.Local);
        }
    }

    RegistrationState IStationControl.Registration => _registration;

    Configuration.StationSettings IStationControl.Settings => _settings;

    bool IStationControl.TryStartRemote(int? evseId, string idToken, int? remoteStartId, out string? transactionId)
    {
        transactionId = null;
        lock (_gate)
        {
            var evse = evseId is { } id
                ? (id <= _evses.Length ? _evses[id - 1] : null)
                : _evses.FirstOrDefault(e => IsFree(e, idToken));
            var session = evse is null ? null : BeginSession(evse, idToken, remoteStartId);
            Raise(Event(StationEventKind.RemoteStartReceived) with { EvseId = evse?.Id, Detail = session is null ? "Rejected" : "Accepted" });
            transactionId = session?.LocalId;
            return session is not null;
        }
    }

    bool IStationControl.TryStopRemote(string transactionId)
    {
        lock (_gate)
        {
            var evse = _evses.FirstOrDefault(e => e.Session is { } s && (s.LocalId == transactionId || s.DisplayId == transactionId));
            var stopped = evse is not null && EndSession(evse, StopCause.Remote);
            Raise(Event(StationEventKind.RemoteStopReceived) with { TransactionId = transactionId, Detail = stopped ? "Accepted" : "Rejected" });
            return stopped;
        }
    }

    void IStationControl.RequestReset(bool hard)
    {
        lock (_gate)
        {
            Raise(Event(StationEventKind.ResetReceived) with { Detail = hard ? "Hard" : "Soft" });
            foreach (var evse in _evses.Where(e => e.Session is not null))
            {
                EndSession(evse, hard ? StopCause.HardReset : StopCause.SoftReset);
            }
        }

        ReportSecurityEvent("ResetOrReboot", hard ? "Hard reset requested by the central system" : "Soft reset requested by the central system");
        _resets.Writer.TryWrite(BootCause.RemoteReset);
    }

    void IStationControl.OnStartRefused(Session session)
    {
        lock (_gate)
        {
            // Only if it still runs: the driver may have stopped it while the start waited in the queue (or the
            // station restarted since).
            var evse = EvseOf(session.EvseId);
            if (session.Ended || !ReferenceEquals(evse.Session, session))
            {
                return;
            }

            if (_settings.Bool(Configuration.Setting.StopTxOnInvalidId))
            {
                EndSession(evse, StopCause.DeAuthorized);
            }
            else
            {
                // StopTransactionOnInvalidId / StopTxOnInvalidId false: the session goes on without energy (SuspendedEVSE).
                var now = _time.GetUtcNow();
                Advance(evse, session, now, moveConnector: false);
                session.EnergyWithheld = true;
                (evse.PowerW, evse.OfferedW) = (0, 0);
                SetChargingState(evse, session, ConnectorStatus.SuspendedEVSE, now);
            }
        }
    }

    void IStationControl.OnTransactionIdAssigned(Session session, int transactionId)
    {
        lock (_gate)
        {
            session.CsmsTransactionId = transactionId;
        }

        try
        {
            // The session's later messages may still be in the queue file: a restarted station must send them with this id.
            _store?.RecordTransactionId(session.LocalId, transactionId);
        }
        catch (IOException)
        {
            // They would go out with -1 after a restart (errata §3.18), which the central system still takes.
        }

        Raise(Event(StationEventKind.TransactionIdAssigned) with
        {
            EvseId = session.EvseId,
            TransactionId = transactionId.ToString(CultureInfo.InvariantCulture),
            Detail = session.LocalId,
        });
    }

    /// <summary>No session, the connector operative and free, or reserved for this token.</summary>
    private static bool IsFree(Evse evse, string idToken)
        => evse.Session is null
           && (evse.Connectors[0].Status is ConnectorStatus.Available or ConnectorStatus.Preparing
               || (evse.Connectors[0].Status == ConnectorStatus.Reserved && evse.Reservation?.Admits(idToken, null) == true));

    /// <summary>Plug in, authorized, charging: Available -> Preparing -> Charging, and the start message. Under the lock.</summary>
    private Session? BeginSession(Evse evse, string idToken, int? remoteStartId)
    {
        if (!IsFree(evse, idToken))
        {
            return null;
        }

        var connector = evse.Connectors[0];
        var now = _time.GetUtcNow();
        var session = new Session(evse.Id, connector.Id, NewTransactionId(), idToken, now, evse.EnergyWh, remoteStartId);
        evse.Session = session;
        if (evse.Reservation is { } reservation)
        {
            // The reserved token arrived: the reservation is used up and its id goes into the start message.
            session.ReservationId = reservation.Id;
            evse.Reservation = null;
            Raise(Event(StationEventKind.ReservationChanged) with { EvseId = evse.Id, Detail = $"Used {reservation.Id}" });
        }

        Move(connector, ConnectorStatus.Preparing);
        Move(connector, ConnectorStatus.Charging);
        _queue.Enqueue(_protocol.TransactionStarted(session, now));
        Raise(Event(StationEventKind.SessionStarted) with { EvseId = evse.Id, ConnectorId = connector.Id, TransactionId = session.LocalId, Detail = session.IdToken });
        WakeMeterLoop();
        return session;
    }

    /// <summary>Meter reading, stop message, Charging -> Finishing -> Available (the cable leaves at once). Under the lock.</summary>
    private bool EndSession(Evse evse, StopCause cause)
    {
        if (evse.Session is not { } session)
        {
            return false;
        }

        var now = _time.GetUtcNow();
        Advance(evse, session, now, moveConnector: false);
        evse.PowerW = 0;
        session.Ended = true;
        evse.Session = null;
        _queue.Enqueue(_protocol.TransactionEnded(session, evse.EnergyWh, now, cause));
        OnSessionEndedForDisplay(session);
        var connector = evse.Connectors[session.ConnectorId - 1];
        Move(connector, ConnectorStatus.Finishing);

        // A ChangeAvailability(Inoperative) that waited for this session applies now.
        Move(connector, connector.Inoperative ? ConnectorStatus.Unavailable : ConnectorStatus.Available);
        Raise(Event(StationEventKind.SessionEnded) with { EvseId = evse.Id, ConnectorId = connector.Id, TransactionId = session.DisplayId, Detail = cause.ToString() });
        return true;
    }

    /// <summary>Moves a connector when its state machine allows, reporting the change. Under the lock.</summary>
    private void Move(Connector connector, ConnectorStatus to)
    {
        var from = connector.Status;
        if (!connector.TryMove(to))
        {
            return;
        }

        Raise(Event(StationEventKind.ConnectorStatusChanged) with { EvseId = connector.EvseId, ConnectorId = connector.Id, Status = to });
        if (_protocol.IsReportedChange(from, to))
        {
            _queue.Enqueue(_protocol.Status(connector.EvseId, connector.Id, () => CurrentStatus(connector)));
        }
    }

    /// <summary>After an accepted boot every connector is reported (1.6 also connector 0: errata §3.22).</summary>
    private void ReportAllConnectors()
    {
        if (_protocol.ReportsConnectorZero)
        {
            _queue.Enqueue(_protocol.Status(0, 0, static () => ConnectorStatus.Available));
        }

        lock (_gate)
        {
            foreach (var connector in _evses.SelectMany(e => e.Connectors))
            {
                _queue.Enqueue(_protocol.Status(connector.EvseId, connector.Id, () => CurrentStatus(connector)));
            }
        }
    }

    private ConnectorStatus CurrentStatus(Connector connector)
    {
        lock (_gate)
        {
            return connector.Status;
        }
    }

    /// <summary>A UUID from the station's seeded random source: unique ids that a seed makes reproducible.</summary>
    private string NewTransactionId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString();
    }
}
