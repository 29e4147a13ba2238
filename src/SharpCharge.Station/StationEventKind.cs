namespace SharpCharge.Station;

/// <summary>What a <see cref="StationEvent"/> reports.</summary>
public enum StationEventKind
{
    Connecting,
    Connected,
    ConnectFailed,
    Disconnected,
    BootAnswered,
    HeartbeatAnswered,
    ConnectorStatusChanged,
    SessionStarted,
    TransactionIdAssigned,
    SessionEnded,
    MeterValuesSampled,
    MessageQueued,
    MessageDelivered,
    MessageDropped,
    RemoteStartReceived,
    RemoteStopReceived,
    ResetReceived,

    /// <summary>A token was judged: Detail says the status and whether the central system or local data decided.</summary>
    TokenAuthorized,

    /// <summary>The central system changed a 1.6 configuration key or a 2.x variable: Detail names it and the outcome.</summary>
    ConfigurationChanged,

    /// <summary>The local authorization list changed or the cache was cleared: Detail says how.</summary>
    LocalAuthorizationChanged,

    /// <summary>A connector or the station changed availability (or has a change scheduled): Detail says which.</summary>
    AvailabilityChanged,

    /// <summary>A reservation was made, used, cancelled or expired: Detail says which, with its id.</summary>
    ReservationChanged,

    /// <summary>A firmware update moved to a new state: Detail is the status sent.</summary>
    FirmwareStatusChanged,

    /// <summary>A diagnostics or log upload moved to a new state: Detail is the status sent.</summary>
    UploadStatusChanged,

    /// <summary>The central system asked for a message with TriggerMessage: Action names it, Detail the answer.</summary>
    MessageTriggered,

    /// <summary>A connector was unlocked by the central system: Detail is the answer.</summary>
    ConnectorUnlocked,

    /// <summary>A DataTransfer request was answered: Detail is vendor id and status.</summary>
    DataTransferReceived,

    /// <summary>A security event was queued for the central system: Detail is its type.</summary>
    SecurityEvent,

    /// <summary>The central system installed a charging profile: Detail names its id and purpose.</summary>
    ChargingProfileSet,

    /// <summary>Charging profiles were cleared (by the central system, or a TxProfile whose transaction ended).</summary>
    ChargingProfileCleared,

    /// <summary>The central system set or cleared a display message: Detail says which, with the answer.</summary>
    DisplayMessagesChanged,

    /// <summary>The central system reported a session's running cost (CostUpdated): Detail is the total.</summary>
    CostUpdated,

    /// <summary>A certificate was installed, deleted, requested (CSR sent) or delivered: Detail says which, with the answer.</summary>
    CertificatesChanged,
}
