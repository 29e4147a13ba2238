using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Ocpp.Tests.Support;

/// <summary>Two real connections joined by an in-memory pipe: a charger end and a central-system end.</summary>
internal sealed class ConnectionPair : IAsyncDisposable
{
    public ConnectionPair(OcppRouter chargerRouter, OcppRouter centralRouter, OcppConnectionOptions? options = null)
    {
        var (a, b) = InMemoryOcppTransport.CreatePair();
        Charger = new OcppConnection(a, chargerRouter, options);
        Central = new OcppConnection(b, centralRouter, options);
        ChargerRun = Charger.RunAsync();
        CentralRun = Central.RunAsync();
    }

    public OcppConnection Charger { get; }

    public OcppConnection Central { get; }

    public Task<OcppCloseInfo> ChargerRun { get; }

    public Task<OcppCloseInfo> CentralRun { get; }

    public async ValueTask DisposeAsync()
    {
        await Charger.DisposeAsync();
        await Central.DisposeAsync();
        await Task.WhenAll(ChargerRun, CentralRun);
    }
}
