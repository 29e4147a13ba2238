using Microsoft.Extensions.Hosting;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Builds the OCPP endpoint, and with it the routers of every OCPP version, while the server starts, before it
/// listens. Built on the first charger's connection instead, the routers' message catalogues (the JSON metadata of
/// every action of 1.6, 2.0.1 and 2.1) took a quarter of the server's processor time of a boot storm after a
/// restart, with every charger of the storm waiting behind it.
/// </summary>
internal sealed class OcppEndpointWarmUp : IHostedService
{
    private readonly IServiceProvider _services;

    public OcppEndpointWarmUp(IServiceProvider services) => _services = services;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _services.GetRequiredService<OcppWebSocketEndpoint>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
