namespace SharpCharge.Station.Protocol;

/// <summary>Why the station boots: 1.6 does not say, 2.x sends it as the BootNotification reason.</summary>
internal enum BootCause
{
    PowerUp,
    RemoteReset,

    /// <summary>The central system asked for a BootNotification with TriggerMessage.</summary>
    Triggered,

    /// <summary>The reboot that finishes a firmware installation.</summary>
    FirmwareUpdate,
}
