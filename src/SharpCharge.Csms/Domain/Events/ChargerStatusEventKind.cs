namespace SharpCharge.Csms.Domain.Events;

/// <summary>Which progress report a status event came from.</summary>
internal enum ChargerStatusEventKind
{
    /// <summary>FirmwareStatusNotification (1.6, 2.x) and 1.6-security SignedFirmwareStatusNotification.</summary>
    Firmware,

    /// <summary>1.6 DiagnosticsStatusNotification.</summary>
    Diagnostics,

    /// <summary>LogStatusNotification (1.6-security, 2.x).</summary>
    Log,

    /// <summary>2.x PublishFirmwareStatusNotification (local controllers).</summary>
    PublishFirmware,
}
