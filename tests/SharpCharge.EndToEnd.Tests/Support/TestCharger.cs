using System.Net.WebSockets;
using System.Text;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>A charger made of the protocol library over a real WebSocket: typed CALLs to the server.</summary>
internal sealed class TestCharger : IAsyncDisposable
{
    private TestCharger(OcppConnection connection, Task<OcppCloseInfo> run)
    {
        Connection = connection;
        Run = run;
    }

    public OcppConnection Connection { get; }

    public Task<OcppCloseInfo> Run { get; }

    public static async Task<TestCharger> ConnectAsync(CsmsServer server, string chargerId, OcppVersion version, string? password = null, params object[] handlers)
    {
        var socket = await OpenAsync(server.ChargerUri(chargerId), [version.ToSubProtocol()], chargerId, password);
        Assert.Equal(version.ToSubProtocol(), socket.SubProtocol);
        var catalogue = version switch
        {
            OcppVersion.V16 => SharpCharge.Ocpp.Messages.V16.V16Actions.Catalogue,
            OcppVersion.V201 => SharpCharge.Ocpp.Messages.V201.V201Actions.Catalogue,
            _ => SharpCharge.Ocpp.Messages.V21.V21Actions.Catalogue,
        };
        var connection = new OcppConnection(new WebSocketOcppTransport(socket), OcppRouter.Create(catalogue, handlers), new OcppConnectionOptions { CallTimeout = TimeSpan.FromSeconds(20), Name = chargerId });
        return new TestCharger(connection, connection.RunAsync());
    }

    /// <summary>Opens a client WebSocket as a charger does: subprotocols in order of preference, optional Basic auth.</summary>
    public static async Task<ClientWebSocket> OpenAsync(Uri uri, IEnumerable<string> subProtocols, string? user = null, string? password = null)
    {
        var socket = CreateSocket(subProtocols, user, password);
        // Generous: the first handshake to a freshly started server compiles its whole path, which takes tens of seconds
        // on a machine shared by many builds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await socket.ConnectAsync(uri, timeout.Token);
        return socket;
    }

    /// <summary>The HTTP status the server answered a refused handshake with.</summary>
    public static async Task<int> RefusedStatusAsync(Uri uri, IEnumerable<string> subProtocols, string? user = null, string? password = null)
    {
        using var socket = CreateSocket(subProtocols, user, password);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, timeout.Token));
        return (int)socket.HttpStatusCode;
    }

    private static ClientWebSocket CreateSocket(IEnumerable<string> subProtocols, string? user, string? password)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in subProtocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }

        if (password is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        socket.Options.CollectHttpResponseDetails = true;
        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Run;
    }
}
