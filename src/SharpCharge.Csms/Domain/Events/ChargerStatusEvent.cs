namespace SharpCharge.Csms.Domain.Events;

/// <summary>A firmware, diagnostics or log upload status the charger reported.</summary>
internal sealed record ChargerStatusEvent(long Id, string ChargerId, ChargerStatusEventKind Kind, string Status, DateTimeOffset ReceivedAt)
{
    /// <summary>The requestId of the UpdateFirmware / GetLog request it reports on (null for 1.6 without security).</summary>
    public int? RequestId { get; init; }
}
