using SharpCharge.Station.Model;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>
/// ChangeAvailability, UnlockConnector and reservations (1.6 §5.2, §5.12, §5.13, §5.17; 2.x G03, F05, H01-H04;
/// OCPP-NOTES §4.9, §4.12, §5.10). Availability and reservations live in the model, so a simulated reboot keeps them.
/// </summary>
public sealed partial class ChargingStation
{
    AvailabilityOutcome IStationControl.ChangeAvailability(int? evseId, int? connectorId, bool operative)
    {
        lock (_gate)
        {
            if ((evseId is { } e && (e < 1 || e > _evses.Length)) || (evseId is { } ev && connectorId is { } c && (c < 1 || c > _evses[ev - 1].Connectors.Count)))
            {
                return AvailabilityOutcome.Rejected;
            }

            var scheduled = false;
            foreach (var evse in _evses.Where(x => evseId is null || x.Id == evseId))
            {
                foreach (var connector in evse.Connectors.Where(x => connectorId is null || x.Id == connectorId))
                {
                    connector.Inoperative = !operative;
                    if (evse.Session?.ConnectorId == connector.Id)
                    {
                        // Applied when the session ends (EndSession reads Inoperative).
                        scheduled |= !operative;
                        continue;
                    }

                    if (!operative && evse.Reservation is { } reservation)
                    {
                        EndReservation(evse, reservation, expired: false);
                    }

                    Move(connector, operative ? ConnectorStatus.Available : ConnectorStatus.Unavailable);
                }
            }

            var outcome = scheduled ? AvailabilityOutcome.Scheduled : AvailabilityOutcome.Accepted;
            Raise(Event(StationEventKind.AvailabilityChanged) with { EvseId = evseId, ConnectorId = connectorId, Detail = $"{(operative ? "Operative" : "Inoperative")} {outcome}" });
            return outcome;
        }
    }

    UnlockOutcome IStationControl.Unlock(int evseId, int connectorId, bool stopSession)
    {
        lock (_gate)
        {
            if (evseId < 1 || evseId > _evses.Length || connectorId < 1 || connectorId > _evses[evseId - 1].Connectors.Count)
            {
                return UnlockOutcome.UnknownConnector;
            }

            var evse = _evses[evseId - 1];
            var connector = evse.Connectors[connectorId - 1];
            UnlockOutcome outcome;
            if (evse.Session?.ConnectorId == connectorId && !stopSession)
            {
                outcome = UnlockOutcome.OngoingTransaction;
            }
            else if (connector.Status == ConnectorStatus.Faulted)
            {
                // A faulted connector's lock does not move.
                outcome = UnlockOutcome.UnlockFailed;
            }
            else
            {
                if (evse.Session?.ConnectorId == connectorId)
                {
                    EndSession(evse, StopCause.UnlockCommand);
                }

                outcome = UnlockOutcome.Unlocked;
            }

            Raise(Event(StationEventKind.ConnectorUnlocked) with { EvseId = evseId, ConnectorId = connectorId, Detail = outcome.ToString() });
            return outcome;
        }
    }

    ReservationOutcome IStationControl.Reserve(int reservationId, int? evseId, DateTimeOffset expiresAt, string idToken, string? groupId)
    {
        lock (_gate)
        {
            var enabled = _settings.Bool(Configuration.Setting.ReservationEnabled);

            // Reserving "any EVSE" (1.6 connector 0, 2.x no evseId) is not supported: ReserveConnectorZeroSupported and
            // ReservationCtrlr.NonEvseSpecific are false.
            if (!enabled || evseId is not { } id || id < 1 || id > _evses.Length)
            {
                return ReservationOutcome.Rejected;
            }

            var evse = _evses[id - 1];
            var connector = evse.Connectors[0];
            var replacing = evse.Reservation?.Id == reservationId;
            var outcome = connector.Status switch
            {
                ConnectorStatus.Faulted => ReservationOutcome.Faulted,
                ConnectorStatus.Unavailable => ReservationOutcome.Unavailable,
                ConnectorStatus.Available => ReservationOutcome.Accepted,
                ConnectorStatus.Reserved when replacing => ReservationOutcome.Accepted,
                _ => ReservationOutcome.Occupied,
            };
            if (outcome == ReservationOutcome.Accepted)
            {
                // The same id elsewhere is replaced (1.6 §5.13): drop it there first.
                foreach (var other in _evses.Where(x => x != evse && x.Reservation?.Id == reservationId))
                {
                    other.Reservation = null;
                    Move(other.Connectors[0], ConnectorStatus.Available);
                }

                evse.Reservation = new Reservation(reservationId, idToken, groupId, expiresAt);
                Move(connector, ConnectorStatus.Reserved);
                Raise(Event(StationEventKind.ReservationChanged) with { EvseId = id, Detail = $"Reserved {reservationId}" });
                WakeMeterLoop();
            }

            return outcome;
        }
    }

    bool IStationControl.CancelReservation(int reservationId)
    {
        lock (_gate)
        {
            if (_evses.FirstOrDefault(e => e.Reservation?.Id == reservationId) is not { } evse)
            {
                return false;
            }

            evse.Reservation = null;
            Move(evse.Connectors[0], evse.Connectors[0].Inoperative ? ConnectorStatus.Unavailable : ConnectorStatus.Available);
            Raise(Event(StationEventKind.ReservationChanged) with { EvseId = evse.Id, Detail = $"Cancelled {reservationId}" });
            return true;
        }
    }

    /// <summary>Ends reservations whose expiry passed (called from the meter loop). Under the lock.</summary>
    private void ExpireReservations(DateTimeOffset now)
    {
        foreach (var evse in _evses)
        {
            if (evse.Reservation is { } reservation && reservation.ExpiresAt <= now)
            {
                EndReservation(evse, reservation, expired: true);
                Move(evse.Connectors[0], evse.Connectors[0].Inoperative ? ConnectorStatus.Unavailable : ConnectorStatus.Available);
            }
        }
    }

    /// <summary>Drops a reservation and tells the central system where the version has a message for it. Under the lock.</summary>
    private void EndReservation(Evse evse, Reservation reservation, bool expired)
    {
        evse.Reservation = null;
        if (_protocol.ReservationEnded(reservation.Id, expired) is { } message)
        {
            _queue.Enqueue(message);
        }

        Raise(Event(StationEventKind.ReservationChanged) with { EvseId = evse.Id, Detail = $"{(expired ? "Expired" : "Removed")} {reservation.Id}" });
    }
}
