using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V201;

/// <summary>The 2.x notifications the station sends after the central system started something (L01, N01, H01, A04).</summary>
internal sealed partial class V201StationProtocol
{
    public QueuedMessage? FirmwareStatus(FirmwareStep step, int? requestId, bool signed)
        => Notification("FirmwareStatusNotification", new FirmwareStatusNotificationRequest
        {
            // L01.FR.20: Idle carries no requestId.
            RequestId = step == FirmwareStep.Idle ? null : requestId,
            Status = step switch
            {
                FirmwareStep.Downloading => FirmwareStatusEnumType.Downloading,
                FirmwareStep.Downloaded => FirmwareStatusEnumType.Downloaded,
                FirmwareStep.DownloadFailed => FirmwareStatusEnumType.DownloadFailed,
                FirmwareStep.SignatureVerified => FirmwareStatusEnumType.SignatureVerified,
                FirmwareStep.InvalidSignature => FirmwareStatusEnumType.InvalidSignature,
                FirmwareStep.Installing => FirmwareStatusEnumType.Installing,
                FirmwareStep.InstallRebooting => FirmwareStatusEnumType.InstallRebooting,
                FirmwareStep.Installed => FirmwareStatusEnumType.Installed,
                FirmwareStep.InstallationFailed => FirmwareStatusEnumType.InstallationFailed,
                _ => FirmwareStatusEnumType.Idle,
            },
        });

    public QueuedMessage UploadStatus(UploadStep step, int? requestId, bool log)
        => Notification("LogStatusNotification", new LogStatusNotificationRequest
        {
            RequestId = step == UploadStep.Idle ? null : requestId,
            Status = step switch
            {
                UploadStep.Uploading => UploadLogStatusEnumType.Uploading,
                UploadStep.Uploaded => UploadLogStatusEnumType.Uploaded,
                UploadStep.UploadFailed => UploadLogStatusEnumType.UploadFailure,
                _ => UploadLogStatusEnumType.Idle,
            },
        });

    public QueuedMessage SecurityEvent(string type, string? techInfo, DateTimeOffset at)
        => Notification("SecurityEventNotification", new SecurityEventNotificationRequest { Type = type, Timestamp = at, TechInfo = techInfo });

    public QueuedMessage? ReservationEnded(int reservationId, bool expired)
        => Notification("ReservationStatusUpdate", new ReservationStatusUpdateRequest
        {
            ReservationId = reservationId,
            ReservationUpdateStatus = expired ? ReservationUpdateStatusEnumType.Expired : ReservationUpdateStatusEnumType.Removed,
        });

    public QueuedMessage TriggeredHeartbeat()
        => new("Heartbeat", MessageKind.Notification, null, async (connection, _, token) => await HeartbeatAsync(connection, token).ConfigureAwait(false));

    private static QueuedMessage Notification<TResponse>(string action, Ocpp.Messages.IOcppRequest<TResponse> request)
        where TResponse : class, Ocpp.Messages.IOcppResponse
        => new(action, MessageKind.Notification, null, async (connection, _, token) => await connection.CallAsync(request, token).ConfigureAwait(false));
}
