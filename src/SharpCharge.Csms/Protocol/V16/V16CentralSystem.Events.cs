using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V16;

internal sealed partial class V16CentralSystem :
    IOcppHandler<DataTransferRequest, DataTransferResponse>,
    IOcppHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>,
    IOcppHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>,
    IOcppHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse>,
    IOcppHandler<SignCertificateRequest, SignCertificateResponse>,
    IOcppHandler<LogStatusNotificationRequest, LogStatusNotificationResponse>,
    IOcppHandler<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse>
{
    public async ValueTask<DataTransferResponse> HandleAsync(DataTransferRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        // Kept for the operator; no vendor extension is registered, so the vendor is unknown (TC_P_02_CSMS).
        await _domain.Events.RecordNotificationAsync(
            new NotificationReport(session.ChargerId, ChargerNotificationKind.DataTransfer, PayloadJson.Serialize(request, V16Actions.DataTransfer.RequestJson)),
            context.CancellationToken);
        return new DataTransferResponse { Status = DataTransferStatus.UnknownVendorId };
    }

    public async ValueTask<DiagnosticsStatusNotificationResponse> HandleAsync(DiagnosticsStatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordStatusAsync(session.ChargerId, ChargerStatusEventKind.Diagnostics, request.Status.ToOcppString(), null, context.CancellationToken);
        // 1.6 diagnostics carry no request id: the newest GetLog of this charger is the one reported on.
        await _domain.Commands.RecordFollowUpAsync(session.ChargerId, FollowUps.Log, null, request.Status.ToOcppString(), context.CancellationToken);
        return new DiagnosticsStatusNotificationResponse();
    }

    public async ValueTask<FirmwareStatusNotificationResponse> HandleAsync(FirmwareStatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordStatusAsync(session.ChargerId, ChargerStatusEventKind.Firmware, request.Status.ToOcppString(), null, context.CancellationToken);
        await _domain.Commands.RecordFollowUpAsync(session.ChargerId, FollowUps.Firmware, null, request.Status.ToOcppString(), context.CancellationToken);
        return new FirmwareStatusNotificationResponse();
    }

    public async ValueTask<SecurityEventNotificationResponse> HandleAsync(SecurityEventNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordSecurityEventAsync(session.ChargerId, request.Type, request.Timestamp, request.TechInfo, context.CancellationToken);
        return new SecurityEventNotificationResponse();
    }

    public async ValueTask<SignCertificateResponse> HandleAsync(SignCertificateRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        // Stored for the operator; with the built-in CA on, signed in the background and sent back as CertificateSigned.
        await _domain.Events.RecordCertificateSigningRequestAsync(session.ChargerId, request.Csr, "ChargePointCertificate", context.CancellationToken);
        _domain.Signing.Enqueue(session.ChargerId, request.Csr, "ChargePointCertificate");
        return new SignCertificateResponse { Status = GenericStatusEnumType.Accepted };
    }

    public async ValueTask<LogStatusNotificationResponse> HandleAsync(LogStatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordStatusAsync(session.ChargerId, ChargerStatusEventKind.Log, request.Status.ToOcppString(), request.RequestId, context.CancellationToken);
        await _domain.Commands.RecordFollowUpAsync(session.ChargerId, FollowUps.Log, request.RequestId, request.Status.ToOcppString(), context.CancellationToken);
        return new LogStatusNotificationResponse();
    }

    public async ValueTask<SignedFirmwareStatusNotificationResponse> HandleAsync(SignedFirmwareStatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordStatusAsync(session.ChargerId, ChargerStatusEventKind.Firmware, request.Status.ToOcppString(), request.RequestId, context.CancellationToken);
        await _domain.Commands.RecordFollowUpAsync(session.ChargerId, FollowUps.Firmware, request.RequestId, request.Status.ToOcppString(), context.CancellationToken);
        return new SignedFirmwareStatusNotificationResponse();
    }
}
