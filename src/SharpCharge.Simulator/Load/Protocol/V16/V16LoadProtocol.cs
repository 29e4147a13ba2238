using System.Globalization;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Simulator.Load.Protocol.V16;

/// <summary>The load messages in OCPP 1.6 shapes.</summary>
internal sealed class V16LoadProtocol(TimeProvider time) : ILoadProtocol
{
    public OcppRouter Router { get; } = OcppRouter.Create(V16Actions.Catalogue);

    public async ValueTask<bool> BootAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(new BootNotificationRequest { ChargePointVendor = "SharpCharge", ChargePointModel = "SC-Load" }, cancellationToken).ConfigureAwait(false);
        return answer.Status == RegistrationStatus.Accepted;
    }

    public async ValueTask StatusAsync(OcppConnection connection, CancellationToken cancellationToken)
        => await connection.CallAsync(new StatusNotificationRequest { ConnectorId = 1, ErrorCode = ChargePointErrorCode.NoError, Status = ChargePointStatus.Available, Timestamp = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);

    public async ValueTask HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken)
        => await connection.CallAsync(new HeartbeatRequest(), cancellationToken).ConfigureAwait(false);

    public async ValueTask MeterValuesAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken)
    {
        var sample = new MeterValue
        {
            Timestamp = time.GetUtcNow(),
            SampledValue =
            [
                Sample(energyWh.ToString(CultureInfo.InvariantCulture), Measurand.EnergyActiveImportRegister, UnitOfMeasure.Wh, null),
                Sample("7200", Measurand.PowerActiveImport, UnitOfMeasure.W, null),
                Sample("31.2", Measurand.CurrentImport, UnitOfMeasure.A, Phase.L1),
                Sample("31.0", Measurand.CurrentImport, UnitOfMeasure.A, Phase.L2),
                Sample("30.9", Measurand.CurrentImport, UnitOfMeasure.A, Phase.L3),
                Sample("230.1", Measurand.Voltage, UnitOfMeasure.V, Phase.L1N),
                Sample("229.8", Measurand.Voltage, UnitOfMeasure.V, Phase.L2N),
                Sample("231.0", Measurand.Voltage, UnitOfMeasure.V, Phase.L3N),
                Sample("54", Measurand.SoC, UnitOfMeasure.Percent, null),
                Sample("31.5", Measurand.Temperature, UnitOfMeasure.Celsius, null),
            ],
        };
        var request = new MeterValuesRequest { ConnectorId = 1, TransactionId = int.Parse(transactionId, CultureInfo.InvariantCulture), MeterValue = [sample] };
        await connection.CallAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<string> StartAsync(OcppConnection connection, string idToken, decimal energyWh, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(new StartTransactionRequest { ConnectorId = 1, IdTag = idToken, MeterStart = (int)energyWh, Timestamp = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return answer.TransactionId.ToString(CultureInfo.InvariantCulture);
    }

    public async ValueTask StopAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken)
        => await connection.CallAsync(new StopTransactionRequest { TransactionId = int.Parse(transactionId, CultureInfo.InvariantCulture), MeterStop = (int)energyWh, Timestamp = time.GetUtcNow(), Reason = Reason.Local }, cancellationToken).ConfigureAwait(false);

    private static SampledValue Sample(string value, Measurand measurand, UnitOfMeasure unit, Phase? phase)
        => new() { Value = value, Measurand = measurand, Unit = unit, Phase = phase };
}
