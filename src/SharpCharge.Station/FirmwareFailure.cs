namespace SharpCharge.Station;

/// <summary>Where a simulated firmware update fails (<see cref="ChargingStationOptions.FirmwareFailure"/>).</summary>
public enum FirmwareFailure
{
    /// <summary>Updates succeed.</summary>
    None,

    /// <summary>The download fails: DownloadFailed.</summary>
    Download,

    /// <summary>2.x / 1.6 signed updates: the signature does not verify (InvalidSignature); 1.6 plain updates fail to install.</summary>
    Signature,

    /// <summary>The installation fails: InstallationFailed.</summary>
    Installation,
}
