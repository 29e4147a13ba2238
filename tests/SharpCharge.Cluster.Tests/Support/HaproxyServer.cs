using System.Globalization;

namespace SharpCharge.Cluster.Tests.Support;

/// <summary>
/// Debian's HAProxy in front of the nodes' OCPP ports, configured like docs/deployment.md: round robin, a TCP health
/// check every 500 ms, <c>timeout tunnel</c> for the long-lived WebSockets, and redispatch so a charger reconnecting
/// while a node is down reaches a live one. Started as a daemon with a pid file, killed by that pid at the end.
/// </summary>
internal sealed class HaproxyServer : IAsyncDisposable
{
    public const string InstallHint = "HAProxy is not installed, and the cluster test needs it. Install it with `apt-get update && apt-get install -y haproxy`.";
    private const string Binary = "/usr/sbin/haproxy";

    private readonly string _root;

    private HaproxyServer(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public static async Task<HaproxyServer> StartAsync(IReadOnlyList<int> backendPorts)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(InstallHint);
        }

        var root = Path.Combine(Path.GetTempPath(), $"sharpcharge-haproxy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var port = ExternalProcess.FreePort();
        var servers = string.Join('\n', backendPorts.Select((p, i) => string.Create(
            CultureInfo.InvariantCulture, $"    server node{i} 127.0.0.1:{p} check inter 500ms fall 1 rise 2")));
        var config = Path.Combine(root, "haproxy.cfg");
        await File.WriteAllTextAsync(config, $$"""
            global
                maxconn 2000

            defaults
                mode http
                timeout connect 2s
                timeout client 60s
                timeout server 60s
                # WebSockets: once upgraded, a connection may idle for as long as the charger's heartbeat interval.
                timeout tunnel 1h
                retries 3
                option redispatch

            frontend ocpp
                bind 127.0.0.1:{{port}}
                default_backend csms

            backend csms
                balance roundrobin
            {{servers}}

            """);
        var server = new HaproxyServer(root, port);
        await ExternalProcess.RunAsync(Binary, ["-f", config, "-D", "-p", server.PidFile]);
        return server;
    }

    private string PidFile => Path.Combine(_root, "haproxy.pid");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(PidFile))
        {
            foreach (var pid in (await File.ReadAllLinesAsync(PidFile)).Where(l => l.Length > 0))
            {
                await ExternalProcess.RunAsync("kill", [pid.Trim()]);
            }
        }

        Directory.Delete(_root, recursive: true);
    }
}
