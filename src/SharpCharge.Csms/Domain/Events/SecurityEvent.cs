namespace SharpCharge.Csms.Domain.Events;

/// <summary>A SecurityEventNotification. <see cref="Type"/> is a free string (unknown names are kept, OCPP-NOTES §3.5).</summary>
internal sealed record SecurityEvent(long Id, string ChargerId, string Type, DateTimeOffset Timestamp, DateTimeOffset ReceivedAt)
{
    public string? TechInfo { get; init; }
}
