namespace SharpCharge.Csms.Domain.Events;

/// <summary>One OCPP frame in the optional protocol log.</summary>
internal sealed record ProtocolLogEntry(
    long Id, string ChargerId, MessageDirection Direction, ProtocolMessageType MessageType, string MessageId, string Payload, DateTimeOffset LoggedAt)
{
    /// <summary>The action for CALLs (and, when the caller knows it, for their results).</summary>
    public string? Action { get; init; }
}
