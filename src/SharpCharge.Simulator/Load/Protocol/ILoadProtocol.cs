using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Simulator.Load.Protocol;

/// <summary>The few messages a load-mode station sends, in one version's shapes. One instance per station.</summary>
internal interface ILoadProtocol
{
    /// <summary>Routes nothing: a load station answers the central system's calls with NotImplemented.</summary>
    OcppRouter Router { get; }

    /// <summary>BootNotification; true when Accepted.</summary>
    ValueTask<bool> BootAsync(OcppConnection connection, CancellationToken cancellationToken);

    /// <summary>StatusNotification Available for EVSE 1, as every station reports after its boot.</summary>
    ValueTask StatusAsync(OcppConnection connection, CancellationToken cancellationToken);

    ValueTask HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Ten sampled values (energy, power, three currents, three voltages, SoC, and temperature or frequency) for the
    /// open transaction <paramref name="transactionId"/> on EVSE 1.
    /// </summary>
    ValueTask MeterValuesAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken);

    /// <summary>Starts a transaction on EVSE 1 and returns its id.</summary>
    ValueTask<string> StartAsync(OcppConnection connection, string idToken, decimal energyWh, CancellationToken cancellationToken);

    ValueTask StopAsync(OcppConnection connection, string transactionId, decimal energyWh, CancellationToken cancellationToken);
}
