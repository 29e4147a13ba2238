namespace SharpCharge.Station.Protocol;

/// <summary>ChangeAvailability: applied, applied when the running session ends, or refused.</summary>
internal enum AvailabilityOutcome
{
    Accepted,
    Scheduled,
    Rejected,
}

/// <summary>UnlockConnector: the versions differ on a connector with a running session (1.6 stops it, 2.x refuses).</summary>
internal enum UnlockOutcome
{
    Unlocked,
    UnlockFailed,
    OngoingTransaction,
    UnknownConnector,
}

/// <summary>ReserveNow answers, the same in 1.6 and 2.x.</summary>
internal enum ReservationOutcome
{
    Accepted,
    Occupied,
    Faulted,
    Unavailable,
    Rejected,
}

/// <summary>The steps of a firmware update, mapped by each version to its status values (null = not reported).</summary>
internal enum FirmwareStep
{
    Idle,
    Downloading,
    Downloaded,
    DownloadFailed,
    SignatureVerified,
    InvalidSignature,
    Installing,
    InstallRebooting,
    Installed,
    InstallationFailed,
}

/// <summary>The steps of a diagnostics or log upload.</summary>
internal enum UploadStep
{
    Idle,
    Uploading,
    Uploaded,
    UploadFailed,
}
