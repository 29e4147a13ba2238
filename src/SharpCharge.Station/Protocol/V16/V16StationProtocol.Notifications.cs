using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V16;

/// <summary>The 1.6 notifications the station sends after the central system started something (OCPP-NOTES §4.14, §3.5).</summary>
internal sealed partial class V16StationProtocol
{
    public QueuedMessage? FirmwareStatus(FirmwareStep step, int? requestId, bool signed)
    {
        if (signed)
        {
            var signedStatus = step switch
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
            };
            return Notification("SignedFirmwareStatusNotification", new SignedFirmwareStatusNotificationRequest { Status = signedStatus, RequestId = requestId });
        }

        // Plain 1.6 has no signature or reboot states (§4.14).
        FirmwareStatus? status = step switch
        {
            FirmwareStep.Idle => Ocpp.Messages.V16.FirmwareStatus.Idle,
            FirmwareStep.Downloading => Ocpp.Messages.V16.FirmwareStatus.Downloading,
            FirmwareStep.Downloaded => Ocpp.Messages.V16.FirmwareStatus.Downloaded,
            FirmwareStep.DownloadFailed => Ocpp.Messages.V16.FirmwareStatus.DownloadFailed,
            FirmwareStep.Installing => Ocpp.Messages.V16.FirmwareStatus.Installing,
            FirmwareStep.Installed => Ocpp.Messages.V16.FirmwareStatus.Installed,
            FirmwareStep.InstallationFailed => Ocpp.Messages.V16.FirmwareStatus.InstallationFailed,
            _ => null,
        };
        return status is { } plain ? Notification("FirmwareStatusNotification", new FirmwareStatusNotificationRequest { Status = plain }) : null;
    }

    public QueuedMessage UploadStatus(UploadStep step, int? requestId, bool log)
        => log
            ? Notification("LogStatusNotification", new LogStatusNotificationRequest
            {
                RequestId = requestId,
                Status = step switch
                {
                    UploadStep.Uploading => UploadLogStatusEnumType.Uploading,
                    UploadStep.Uploaded => UploadLogStatusEnumType.Uploaded,
                    UploadStep.UploadFailed => UploadLogStatusEnumType.UploadFailure,
                    _ => UploadLogStatusEnumType.Idle,
                },
            })
            : Notification("DiagnosticsStatusNotification", new DiagnosticsStatusNotificationRequest
            {
                Status = step switch
                {
                    UploadStep.Uploading => DiagnosticsStatus.Uploading,
                    UploadStep.Uploaded => DiagnosticsStatus.Uploaded,
                    UploadStep.UploadFailed => DiagnosticsStatus.UploadFailed,
                    _ => DiagnosticsStatus.Idle,
                },
            });

    public QueuedMessage SecurityEvent(string type, string? techInfo, DateTimeOffset at)
        => Notification("SecurityEventNotification", new SecurityEventNotificationRequest { Type = type, Timestamp = at, TechInfo = techInfo });

    public QueuedMessage? ReservationEnded(int reservationId, bool expired) => null;

    public QueuedMessage TriggeredHeartbeat()
        => new("Heartbeat", MessageKind.Notification, null, async (connection, _, token) => await HeartbeatAsync(connection, token).ConfigureAwait(false));

    private static QueuedMessage Notification<TResponse>(string action, Ocpp.Messages.IOcppRequest<TResponse> request)
        where TResponse : class, Ocpp.Messages.IOcppResponse
        => new(action, MessageKind.Notification, null, async (connection, _, token) => await connection.CallAsync(request, token).ConfigureAwait(false));
}
