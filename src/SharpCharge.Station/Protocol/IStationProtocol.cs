using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol;

/// <summary>
/// One OCPP version's side of the station: turns version-neutral station actions into that version's
/// messages, and routes the central system's requests to <see cref="IStationControl"/>. The only place that
/// knows message shapes (DESIGN.md, "version adapters").
/// </summary>
internal interface IStationProtocol
{
    OcppRouter Router { get; }

    /// <summary>1.6 reports connector 0 (the charge point itself) after boot; 2.x does not.</summary>
    bool ReportsConnectorZero { get; }

    ValueTask<BootAnswer> BootAsync(OcppConnection connection, BootCause cause, CancellationToken cancellationToken);

    ValueTask<DateTimeOffset> HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken);

    /// <summary>The central system's answer about the token.</summary>
    ValueTask<Authorization.TokenInfo> AuthorizeAsync(OcppConnection connection, string idToken, CancellationToken cancellationToken);

    /// <summary>Whether moving between the two states changes what this version reports (2.x folds five states into Occupied).</summary>
    bool IsReportedChange(ConnectorStatus from, ConnectorStatus to);

    /// <summary>A status report for the connector that reads its state when sent.</summary>
    QueuedMessage Status(int evseId, int connectorId, Func<ConnectorStatus> current);

    QueuedMessage TransactionStarted(Session session, DateTimeOffset at);

    /// <summary>A sample of a running session's meter with the given measurands (1.6 MeterValues, 2.x TransactionEvent Updated).</summary>
    QueuedMessage MeterSample(Session session, MeterReading reading, IReadOnlyList<string> measurands, MeterContext context, DateTimeOffset at);

    /// <summary>A sample of an EVSE without a session (MeterValues without a transaction).</summary>
    QueuedMessage IdleMeterSample(int evseId, MeterReading reading, IReadOnlyList<string> measurands, MeterContext context, DateTimeOffset at);

    /// <summary>1.6 sends clock-aligned data for idle connectors too; 2.x only with AlignedDataCtrlr.SendDuringIdle.</summary>
    bool SendsIdleAlignedData { get; }

    /// <summary>2.x: a TransactionEvent Updated (ChargingStateChanged) for the new charging state; 1.6: null, the StatusNotification says it.</summary>
    QueuedMessage? ChargingStateChanged(Session session, ConnectorStatus state, DateTimeOffset at);

    QueuedMessage TransactionEnded(Session session, decimal energyWh, DateTimeOffset at, StopCause cause);

    /// <summary>A firmware status notification for the step (1.6 plain, 1.6 signed or 2.x); null when the version has no such status.</summary>
    QueuedMessage? FirmwareStatus(FirmwareStep step, int? requestId, bool signed);

    /// <summary>1.6 DiagnosticsStatusNotification, or LogStatusNotification (1.6 security, 2.x) when <paramref name="log"/>.</summary>
    QueuedMessage UploadStatus(UploadStep step, int? requestId, bool log);

    /// <summary>A SecurityEventNotification (1.6 security extension, 2.x A04).</summary>
    QueuedMessage SecurityEvent(string type, string? techInfo, DateTimeOffset at);

    /// <summary>2.x ReservationStatusUpdate (Expired or Removed); 1.6 has none: the StatusNotification says it.</summary>
    QueuedMessage? ReservationEnded(int reservationId, bool expired);

    /// <summary>A Heartbeat sent through the queue (TriggerMessage).</summary>
    QueuedMessage TriggeredHeartbeat();

    /// <summary>
    /// A transaction message read back from the queue file after a restart; <paramref name="session"/> stands for
    /// its (ended) session and is shared by the messages of one transaction. Null when this version does not know it.
    /// </summary>
    QueuedMessage? Restore(StoredMessage stored, Session session);
}
