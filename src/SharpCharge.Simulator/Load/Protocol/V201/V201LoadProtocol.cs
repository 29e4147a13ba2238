using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Simulator.Load.Protocol.V201;

/// <summary>The load messages in OCPP 2.0.1 shapes (2.1 is derived from this file at build time).</summary>
internal sealed partial class V201LoadProtocol(string stationId, TimeProvider time) : ILoadProtocol
{
    private int _transactions;
    private int _seqNo;

    public OcppRouter Router { get; } = OcppRouter.Create(V201Actions.Catalogue);

    public async ValueTask<bool> BootAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        var request = new BootNotificationRequest
        {
            Reason = BootReasonEnumType.PowerUp,
            ChargingStation = new ChargingStationType { VendorName = "SharpCharge", Model = "SC-Load" },
        };
        var answer = await connection.CallAsync(request, cancellationToken).ConfigureAwait(false);
        return answer.Status == RegistrationStatusEnumType.Accepted;
    }

    public async ValueTask StatusAsync(OcppConnection connection, CancellationToken cancellationToken)
        => await connection.CallAsync(new StatusNotificationRequest { EvseId = 1, ConnectorId = 1, ConnectorStatus = ConnectorStatusEnumType.Available, Timestamp = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);

    public async ValueTask HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken)
        => await connection.CallAsync(new HeartbeatRequest(), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Inside a transaction 2.x sends its periodic samples as TransactionEvent(Updated) (E02, J02); MeterValues is for
    /// samples outside one (J01).
    /// </summary>
    public async ValueTask MeterValuesAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken)
    {
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Updated,
            Timestamp = time.GetUtcNow(),
            TriggerReason = TriggerReasonEnumType.MeterValuePeriodic,
            SeqNo = ++_seqNo,
            TransactionInfo = new TransactionType { TransactionId = transactionId, ChargingState = ChargingStateEnumType.Charging },
            MeterValue =
            [
                new MeterValueType
                {
                    Timestamp = time.GetUtcNow(),
                    SampledValue =
                    [
                        Sample(energyWh, MeasurandEnumType.EnergyActiveImportRegister, "Wh", null),
                        Sample(7200m, MeasurandEnumType.PowerActiveImport, "W", null),
                        Sample(31.2m, MeasurandEnumType.CurrentImport, "A", PhaseEnumType.L1),
                        Sample(31.0m, MeasurandEnumType.CurrentImport, "A", PhaseEnumType.L2),
                        Sample(30.9m, MeasurandEnumType.CurrentImport, "A", PhaseEnumType.L3),
                        Sample(230.1m, MeasurandEnumType.Voltage, "V", PhaseEnumType.L1N),
                        Sample(229.8m, MeasurandEnumType.Voltage, "V", PhaseEnumType.L2N),
                        Sample(231.0m, MeasurandEnumType.Voltage, "V", PhaseEnumType.L3N),
                        Sample(54m, MeasurandEnumType.SoC, "Percent", null),
                        // 2.x has no Temperature measurand; Frequency stands in as the tenth value.
                        Sample(50.01m, MeasurandEnumType.Frequency, "Hz", null),
                    ],
                },
            ],
        };
        await connection.CallAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<string> StartAsync(OcppConnection connection, string idToken, decimal energyWh, CancellationToken cancellationToken)
    {
        var transactionId = $"{stationId}-{++_transactions}";
        _seqNo = 0;
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Started,
            Timestamp = time.GetUtcNow(),
            TriggerReason = TriggerReasonEnumType.Authorized,
            SeqNo = 0,
            TransactionInfo = new TransactionType { TransactionId = transactionId, ChargingState = ChargingStateEnumType.Charging },
            Evse = new EVSEType { Id = 1, ConnectorId = 1 },
            IdToken = Token(idToken),
            MeterValue = [Energy(energyWh, ReadingContextEnumType.TransactionBegin)],
        };
        await connection.CallAsync(request, cancellationToken).ConfigureAwait(false);
        return transactionId;
    }

    public async ValueTask StopAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken)
    {
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Ended,
            Timestamp = time.GetUtcNow(),
            TriggerReason = TriggerReasonEnumType.StopAuthorized,
            SeqNo = ++_seqNo,
            TransactionInfo = new TransactionType { TransactionId = transactionId, ChargingState = ChargingStateEnumType.Idle, StoppedReason = ReasonEnumType.Local },
            MeterValue = [Energy(energyWh, ReadingContextEnumType.TransactionEnd)],
        };
        await connection.CallAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static SampledValueType Sample(decimal value, MeasurandEnumType measurand, string unit, PhaseEnumType? phase)
        => new() { Value = value, Measurand = measurand, Phase = phase, UnitOfMeasure = new UnitOfMeasureType { Unit = unit } };

    private MeterValueType Energy(decimal energyWh, ReadingContextEnumType? context) => new()
    {
        Timestamp = time.GetUtcNow(),
        SampledValue = [new SampledValueType { Value = energyWh, Context = context, Measurand = MeasurandEnumType.EnergyActiveImportRegister, UnitOfMeasure = new UnitOfMeasureType { Unit = "Wh" } }],
    };
}
