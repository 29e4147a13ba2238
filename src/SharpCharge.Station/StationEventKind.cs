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
    ChargingProfileSet,
    ChargingProfileCleared,
}
