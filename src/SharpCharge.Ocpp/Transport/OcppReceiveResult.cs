using System.Net.WebSockets;

namespace SharpCharge.Ocpp.Transport;

/// <summary>The outcome of one receive.</summary>
/// <param name="Status">What arrived.</param>
/// <param name="Length">Bytes appended for a <see cref="OcppReceiveStatus.Message"/>.</param>
/// <param name="CloseStatus">The peer's close status, when it sent one.</param>
/// <param name="CloseDescription">The peer's close reason, when it sent one.</param>
public readonly record struct OcppReceiveResult(
    OcppReceiveStatus Status,
    int Length = 0,
    WebSocketCloseStatus? CloseStatus = null,
    string? CloseDescription = null)
{
    /// <summary>A whole message of <paramref name="length"/> bytes.</summary>
    public static OcppReceiveResult Message(int length) => new(OcppReceiveStatus.Message, length);
}
