using System.Net.WebSockets;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Station.Connection;

namespace SharpCharge.Station.Tests.Support;

/// <summary>
/// Connects a station to an in-process central system over an in-memory socket pair. Each connect starts a
/// server-side <see cref="OcppConnection"/> whose receive loop is kept and awaited on dispose.
/// </summary>
internal sealed class InMemoryStationConnector(OcppRouter centralRouter, TimeProvider time) : IStationConnector, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(OcppConnection Connection, Task<OcppCloseInfo> Run)> _servers = [];
    private int _attempts;

    /// <summary>False makes every connect fail, as an unreachable network would.</summary>
    public bool Reachable { get; set; } = true;

    public int Attempts => Volatile.Read(ref _attempts);

    public int Connections
    {
        get
        {
            lock (_gate)
            {
                return _servers.Count;
            }
        }
    }

    /// <summary>The central system's side of the latest connection.</summary>
    public OcppConnection Server
    {
        get
        {
            lock (_gate)
            {
                return _servers[^1].Connection;
            }
        }
    }

    public ValueTask<IOcppTransport> ConnectAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (!Reachable)
        {
            throw new WebSocketException("The central system is unreachable.");
        }

        var (station, central) = InMemoryOcppTransport.CreatePair();
        var server = new OcppConnection(central, centralRouter, new OcppConnectionOptions { Name = "csms" }, logger: null, time);
        lock (_gate)
        {
            _servers.Add((server, server.RunAsync()));
        }

        return ValueTask.FromResult<IOcppTransport>(station);
    }

    public async ValueTask DisposeAsync()
    {
        List<(OcppConnection Connection, Task<OcppCloseInfo> Run)> servers;
        lock (_gate)
        {
            servers = [.. _servers];
        }

        foreach (var (connection, run) in servers)
        {
            connection.RequestClose();
            await run;
        }
    }
}
