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

    public async ValueTask MeterValuesAsync(OcppConnection connection, decimal energyWh, CancellationToken cancellationToken)
    {
        var sample = new MeterValue
        {
            Timestamp = time.GetUtcNow(),
            SampledValue = [new SampledValue { Value = energyWh.ToString(CultureInfo.InvariantCulture), Measurand = Measurand.EnergyActiveImportRegister, Unit = UnitOfMeasure.Wh }],
        };
        await connection.CallAsync(new MeterValuesRequest { ConnectorId = 1, MeterValue = [sample] }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<string> StartAsync(OcppConnection connection, string idToken, decimal energyWh, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(new StartTransactionRequest { ConnectorId = 1, IdTag = idToken, MeterStart = (int)energyWh, Timestamp = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return answer.TransactionId.ToString(CultureInfo.InvariantCulture);
    }

    public async ValueTask StopAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken)
        => await connection.CallAsync(new StopTransactionRequest { TransactionId = int.Parse(transactionId, CultureInfo.InvariantCulture), MeterStop = (int)energyWh, Timestamp = time.GetUtcNow(), Reason = Reason.Local }, cancellationToken).ConfigureAwait(false);
}
