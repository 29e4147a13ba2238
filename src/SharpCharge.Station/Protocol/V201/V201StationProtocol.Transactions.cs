using System.Text.Json;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V201;

/// <summary>TransactionEvent Started/Updated/Ended (OCPP-NOTES §5.7): built when generated, flagged offline when sent.</summary>
internal sealed partial class V201StationProtocol
{
    public QueuedMessage TransactionStarted(Session session, DateTimeOffset at)
    {
        var remote = session.RemoteStartId is not null;
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Started,
            Timestamp = at,
            TriggerReason = remote ? TriggerReasonEnumType.RemoteStart : TriggerReasonEnumType.Authorized,
            SeqNo = session.NextSeqNo++,
            TransactionInfo = new TransactionType
            {
                TransactionId = session.LocalId,
                ChargingState = ChargingStateEnumType.Charging,
                RemoteStartId = session.RemoteStartId,
            },
            Evse = new EVSEType { Id = session.EvseId, ConnectorId = session.ConnectorId },
            IdToken = Token(session.IdToken, remote ? CentralTokenType : LocalTokenType),
            ReservationId = session.ReservationId,
            MeterValue = [Sample(session.MeterStartWh, null, ReadingContextEnumType.TransactionBegin, at)],
        };
        return Queued(session, request);
    }

    public QueuedMessage TransactionEnded(Session session, decimal energyWh, DateTimeOffset at, StopCause cause)
    {
        var (trigger, reason) = cause switch
        {
            StopCause.Remote => (TriggerReasonEnumType.RemoteStop, ReasonEnumType.Remote),
            StopCause.HardReset => (TriggerReasonEnumType.ResetCommand, ReasonEnumType.ImmediateReset),
            StopCause.SoftReset => (TriggerReasonEnumType.ResetCommand, ReasonEnumType.Reboot),
            StopCause.DeAuthorized => (TriggerReasonEnumType.Deauthorized, ReasonEnumType.DeAuthorized),
            StopCause.UnlockCommand => (TriggerReasonEnumType.UnlockCommand, ReasonEnumType.Other),
            _ => (TriggerReasonEnumType.StopAuthorized, ReasonEnumType.Local),
        };
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Ended,
            Timestamp = at,
            TriggerReason = trigger,
            SeqNo = session.NextSeqNo++,
            TransactionInfo = new TransactionType { TransactionId = session.LocalId, ChargingState = ChargingStateEnumType.Idle, StoppedReason = reason },
            IdToken = cause == StopCause.Local ? Token(session.IdToken, LocalTokenType) : null,
            MeterValue = [Sample(energyWh, null, ReadingContextEnumType.TransactionEnd, at)],
        };
        return Queued(session, request);
    }

    /// <summary>
    /// The request carries everything (its seqNo was taken when generated), so after a restart it is resent as
    /// written, only flagged offline.
    /// </summary>
    public QueuedMessage? Restore(StoredMessage stored, Session session)
        => stored.Action == "TransactionEvent"
            ? Queued(session, JsonSerializer.Deserialize(stored.Payload, V201Actions.TransactionEvent.RequestJson)!)
            : null;

    private QueuedMessage Queued(Session session, TransactionEventRequest request)
        => new(
            "TransactionEvent",
            request.EventType == TransactionEventEnumType.Updated ? MessageKind.TransactionSample : MessageKind.TransactionBoundary,
            null,
            async (connection, offline, token) =>
            {
                var answer = await connection.CallAsync(offline ? request with { Offline = true } : request, token).ConfigureAwait(false);
                if (request.IdToken is { } idToken && answer.IdTokenInfo is { } tokenInfo)
                {
                    _station.OnTokenInfo(idToken.IdToken, InfoOf(tokenInfo));
                }

                if (request.EventType == TransactionEventEnumType.Started && answer.IdTokenInfo is { } info && info.Status != AuthorizationStatusEnumType.Accepted)
                {
                    _station.OnStartRefused(session);
                }
            })
        {
            Durable = (() => JsonSerializer.Serialize(request, V201Actions.TransactionEvent.RequestJson), session.LocalId, session.EvseId),
        };

    private static MeterValueType Sample(decimal energyWh, decimal? powerW, ReadingContextEnumType context, DateTimeOffset at)
    {
        var energy = new SampledValueType
        {
            Value = energyWh,
            Context = context,
            Measurand = MeasurandEnumType.EnergyActiveImportRegister,
            UnitOfMeasure = new UnitOfMeasureType { Unit = "Wh" },
        };
        return new MeterValueType
        {
            Timestamp = at,
            SampledValue = powerW is { } power
                ? [energy, new SampledValueType { Value = power, Context = context, Measurand = MeasurandEnumType.PowerActiveImport, UnitOfMeasure = new UnitOfMeasureType { Unit = "W" } }]
                : [energy],
        };
    }
}
