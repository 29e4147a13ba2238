using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// What the station offers in its WebSocket upgrade request: the subprotocols in order of preference and the HTTP
/// Basic credentials (none when <see cref="Password"/> is null). Cases that test the handshake change one of them.
/// </summary>
internal sealed record Handshake(IReadOnlyList<string> SubProtocols, string User, string? Password)
{
    /// <summary>What the station normally offers: its version's subprotocol, and its password when it has one.</summary>
    public static Handshake Normal(ConformanceSettings settings, string? password)
        => new([settings.Version.ToSubProtocol()], settings.StationId, password);
}
