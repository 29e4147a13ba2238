using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Simulator.Tests.Conformance;

/// <summary>
/// A deliberately broken 2.0.1 central system on loopback: it speaks OCPP-J correctly but rejects every
/// BootNotification, even of a station it should accept, so TC_B_01_CSMS must fail.
/// </summary>
internal sealed class BrokenCsms : IAsyncDisposable, IOcppHandler<BootNotificationRequest, BootNotificationResponse>
{
    private readonly WebApplication _app;

    private BrokenCsms(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/ocpp");
    }

    public Uri Endpoint { get; }

    public static async Task<BrokenCsms> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        BrokenCsms? self = null;
        app.UseWebSockets();
        app.Map("/ocpp/{id}", async (HttpContext http) =>
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync(OcppSubProtocols.Ocpp201);
            await using var connection = new OcppConnection(new WebSocketOcppTransport(socket), OcppRouter.Create(V201Actions.Catalogue, self!));
            await connection.RunAsync(http.RequestAborted);
        });
        await app.StartAsync();
        self = new BrokenCsms(app);
        return self;
    }

    public ValueTask<BootNotificationResponse> HandleAsync(BootNotificationRequest request, OcppCallContext context)
        => ValueTask.FromResult(new BootNotificationResponse { Status = RegistrationStatusEnumType.Rejected, CurrentTime = DateTimeOffset.UtcNow, Interval = 300 });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
