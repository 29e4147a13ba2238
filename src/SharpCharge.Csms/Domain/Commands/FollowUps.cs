namespace SharpCharge.Csms.Domain.Commands;

/// <summary>The commands whose progress later status notifications report, by the name stored in the history.</summary>
internal static class FollowUps
{
    /// <summary>FirmwareStatusNotification (1.6, 2.x) and 1.6 SignedFirmwareStatusNotification.</summary>
    public const string Firmware = "UpdateFirmware";

    /// <summary>1.6 DiagnosticsStatusNotification, LogStatusNotification (1.6 security extension, 2.x).</summary>
    public const string Log = "GetLog";

    /// <summary>2.x ReservationStatusUpdate (Expired, Removed).</summary>
    public const string Reservation = "ReserveNow";
}
