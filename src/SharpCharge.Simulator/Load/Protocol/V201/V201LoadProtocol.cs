using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Simulator.Load.Protocol.V201;

/// <summary>The load messages in OCPP 2.0.1 shapes (2.1 is derived from this file at build time).</summary>
internal sealed partial class V201LoadProtocol(string stationId, TimeProvider time) : ILoadProtocol
{
    private int _transactions;

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

    public async ValueTask MeterValuesAsync(OcppConnection connection, decimal energyWh, CancellationToken cancellationToken)
        => await connection.CallAsync(new MeterValuesRequest { EvseId = 1, MeterValue = [Energy(energyWh, null)] }, cancellationToken).ConfigureAwait(false);

    public async ValueTask<string> StartAsync(OcppConnection connection, string idToken, decimal energyWh, CancellationToken cancellationToken)
    {
        var transactionId = $"{stationId}-{++_transactions}";
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
            SeqNo = 1,
            TransactionInfo = new TransactionType { TransactionId = transactionId, ChargingState = ChargingStateEnumType.Idle, StoppedReason = ReasonEnumType.Local },
            MeterValue = [Energy(energyWh, ReadingContextEnumType.TransactionEnd)],
        };
        await connection.CallAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private MeterValueType Energy(decimal energyWh, ReadingContextEnumType? context) => new()
    {
        Timestamp = time.GetUtcNow(),
        SampledValue = [new SampledValueType { Value = energyWh, Context = context, Measurand = MeasurandEnumType.EnergyActiveImportRegister, UnitOfMeasure = new UnitOfMeasureType { Unit = "Wh" } }],
    };
}
