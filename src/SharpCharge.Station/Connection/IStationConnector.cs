using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Station.Connection;

/// <summary>
/// Opens one connection to the central system. The caller owns the returned transport (and disposes it through
/// the OcppConnection it hands it to). Tests replace the WebSocket connector with an in-memory one.
/// </summary>
internal interface IStationConnector
{
    ValueTask<IOcppTransport> ConnectAsync(CancellationToken cancellationToken);
}
