using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// One connected charger: its id, the OCPP version it negotiated and the connection that owns its socket.
/// The session never exposes the socket; commands go through <see cref="Connection"/>.
/// </summary>
internal sealed class ChargerSession
{
    private int _accepted;

    public ChargerSession(string chargerId, OcppVersion version, OcppConnection connection, bool accepted, DateTimeOffset connectedAt)
    {
        ChargerId = chargerId;
        Version = version;
        Connection = connection;
        ConnectedAt = connectedAt;
        _accepted = accepted ? 1 : 0;
    }

    public string ChargerId { get; }

    public OcppVersion Version { get; }

    public OcppConnection Connection { get; }

    /// <summary>When the upgrade request of this connection arrived: the name of the connection in the store and the cluster.</summary>
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>
    /// True once the charger's registration is Accepted. Until then it may send only BootNotification
    /// (OCPP-J 1.6 errata §3.10, 2.0.1 B02.FR.09, B03.FR.07): anything else gets SecurityError.
    /// </summary>
    public bool IsAccepted => Volatile.Read(ref _accepted) != 0;

    public void MarkAccepted(bool accepted) => Volatile.Write(ref _accepted, accepted ? 1 : 0);
}
