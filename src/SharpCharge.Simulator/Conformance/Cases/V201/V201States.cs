using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>
/// The reusable states of the 2.0.1 test case document (Part 6 §"Reusable states"), played on EVSE 1, connector 1,
/// with the tool's configuration (TxStartPoint EVConnected,Authorized; TxStopPoint EVConnected). Each one is the
/// messages the station sends to reach the state and the answers the CSMS must give.
/// </summary>
internal static class V201States
{
    public const int Evse = 1;

    /// <summary>Booted: BootNotification(PowerUp) accepted, then StatusNotification and NotifyEvent(AvailabilityState) per connector.</summary>
    public static void Booted(this CaseScript s, BootReasonEnumType reason = BootReasonEnumType.PowerUp)
    {
        s.Send(_ => Boot(reason)).Expect(r => r.Status == RegistrationStatusEnumType.Accepted).Expect(r => r.Interval >= 0);
        s.ConnectorStatus(ConnectorStatusEnumType.Available);
        s.Recovery ??= async (st, connection, cancellationToken) =>
        {
            if (st.TransactionOpen)
            {
                await connection.CallAsync(Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.AbnormalCondition, ChargingStateEnumType.Idle, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.Other), cancellationToken).ConfigureAwait(false);
            }
        };
    }

    /// <summary>StatusNotification and the matching NotifyEvent of AvailabilityState for EVSE 1.</summary>
    public static void ConnectorStatus(this CaseScript s, ConnectorStatusEnumType status)
    {
        s.Send(st => new StatusNotificationRequest { Timestamp = st.Now, ConnectorStatus = status, EvseId = Evse, ConnectorId = 1 });
        s.Send(st => new NotifyEventRequest
        {
            GeneratedAt = st.Now,
            SeqNo = 0,
            EventData =
            [
                new EventDataType
                {
                    EventId = 1,
                    Timestamp = st.Now,
                    Trigger = EventTriggerEnumType.Delta,
                    ActualValue = status.ToString(),
                    Component = new ComponentType { Name = "Connector", Evse = new EVSEType { Id = Evse, ConnectorId = 1 } },
                    Variable = new VariableType { Name = "AvailabilityState" },
                    EventNotificationType = EventNotificationEnumType.HardWiredNotification,
                },
            ],
        });
    }

    public static BootNotificationRequest Boot(BootReasonEnumType reason = BootReasonEnumType.PowerUp) => new()
    {
        Reason = reason,
        ChargingStation = new ChargingStationType { VendorName = "SharpCharge", Model = "Conformance", SerialNumber = "SC-CT-1", FirmwareVersion = "1.0.0" },
    };

    public static IdTokenType Token(string idToken) => new() { IdToken = idToken, Type = IdTokenEnumType.ISO14443 };

    /// <summary>Authorized (local): Authorize answered Accepted, and during a transaction a TransactionEvent(Authorized) answered Accepted.</summary>
    public static void Authorized(this CaseScript s, bool inTransaction = false)
    {
        s.Send(st => new AuthorizeRequest { IdToken = Token(st.Tokens.Valid) })
            .Expect(r => r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted);
        if (inTransaction)
        {
            s.Send(st => Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.Authorized, ChargingStateEnumType.EVConnected, Token(st.Tokens.Valid)))
                .Expect(r => r.IdTokenInfo != null && r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted);
        }
    }

    /// <summary>EVConnectedPreSession: the cable is plugged in, Occupied, and the transaction starts (TxStartPoint EVConnected).</summary>
    public static void EVConnectedPreSession(this CaseScript s)
    {
        s.ConnectorStatus(ConnectorStatusEnumType.Occupied);
        s.Send(st =>
        {
            st.NewTransaction();
            return Event(st, TransactionEventEnumType.Started, TriggerReasonEnumType.CablePluggedIn, ChargingStateEnumType.EVConnected, null, ReadingContextEnumType.TransactionBegin);
        });
    }

    /// <summary>Authorization first, then the cable: the transaction starts with the idToken (TC_E_04).</summary>
    public static void StartAfterAuthorization(this CaseScript s)
    {
        s.ConnectorStatus(ConnectorStatusEnumType.Occupied);
        s.Send(st =>
        {
            st.NewTransaction();
            return Event(st, TransactionEventEnumType.Started, TriggerReasonEnumType.CablePluggedIn, ChargingStateEnumType.EVConnected, Token(st.Tokens.Valid), ReadingContextEnumType.TransactionBegin);
        }).Expect(r => r.IdTokenInfo != null && r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted);
    }

    /// <summary>EnergyTransferStarted: chargingState Charging.</summary>
    public static void EnergyTransferStarted(this CaseScript s)
        => s.Send(st => Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.ChargingStateChanged, ChargingStateEnumType.Charging, null, ReadingContextEnumType.SamplePeriodic));

    /// <summary>StopAuthorized, EVDisconnected: the driver stops locally, unplugs, the transaction ends and the connector is Available again.</summary>
    public static void StopAndUnplug(this CaseScript s, ReasonEnumType reason = ReasonEnumType.Local, TriggerReasonEnumType trigger = TriggerReasonEnumType.StopAuthorized)
    {
        s.Send(st => Event(st, TransactionEventEnumType.Ended, trigger, ChargingStateEnumType.Idle, trigger == TriggerReasonEnumType.StopAuthorized ? Token(st.Tokens.Valid) : null, ReadingContextEnumType.TransactionEnd, reason));
        s.ConnectorStatus(ConnectorStatusEnumType.Available);
    }

    /// <summary>A TransactionEvent of the running transaction, with the next seqNo and an energy reading.</summary>
    public static TransactionEventRequest Event(
        CaseState st,
        TransactionEventEnumType type,
        TriggerReasonEnumType trigger,
        ChargingStateEnumType charging,
        IdTokenType? idToken,
        ReadingContextEnumType? context = null,
        ReasonEnumType? stoppedReason = null,
        int? remoteStartId = null,
        bool offline = false)
    {
        st.TransactionOpen = type != TransactionEventEnumType.Ended;
        return new()
        {
            EventType = type,
            Timestamp = st.Now,
            TriggerReason = trigger,
            SeqNo = st.NextSeqNo(),
            Offline = offline ? true : null,
            TransactionInfo = new TransactionType { TransactionId = st.TransactionId, ChargingState = charging, StoppedReason = stoppedReason, RemoteStartId = remoteStartId },
            Evse = type == TransactionEventEnumType.Started ? new EVSEType { Id = Evse, ConnectorId = 1 } : null,
            IdToken = idToken,
            MeterValue = context is null ? null : [Energy(st, context.Value)],
        };
    }

    public static MeterValueType Energy(CaseState st, ReadingContextEnumType context) => new()
    {
        Timestamp = st.Now,
        SampledValue = [new SampledValueType { Value = st.Meter(), Context = context, Measurand = MeasurandEnumType.EnergyActiveImportRegister, UnitOfMeasure = new UnitOfMeasureType { Unit = "Wh" } }],
    };
}
