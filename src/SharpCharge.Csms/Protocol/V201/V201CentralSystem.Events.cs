using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V201;

/// <summary>Firmware, logs, security events, data transfer, EV charging needs and certificates.</summary>
internal sealed partial class V201CentralSystem :
    IOcppHandler<DataTransferRequest, DataTransferResponse>,
    IOcppHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>,
    IOcppHandler<LogStatusNotificationRequest, LogStatusNotificationResponse>,
    IOcppHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse>,
    IOcppHandler<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse>,
    IOcppHandler<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse>,
    IOcppHandler<SignCertificateRequest, SignCertificateResponse>,
    IOcppHandler<Get15118EVCertificateRequest, Get15118EVCertificateResponse>,
    IOcppHandler<GetCertificateStatusRequest, GetCertificateStatusResponse>
{
    private static readonly StatusInfoType NoPki = new() { ReasonCode = "NoPKI", AdditionalInfo = "This central system has no certificate authority configured yet." };

    public async ValueTask<DataTransferResponse> HandleAsync(DataTransferRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.DataTransfer, PayloadJson.Serialize(request, V201Actions.DataTransfer.RequestJson));
        // No vendor extension is registered, so every vendor is unknown (P01.FR.06, TC_P_02_CSMS).
        return new DataTransferResponse { Status = DataTransferStatusEnumType.UnknownVendorId };
    }

    public async ValueTask<FirmwareStatusNotificationResponse> HandleAsync(FirmwareStatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordStatusAsync(session.ChargerId, ChargerStatusEventKind.Firmware, request.Status.ToOcppString(), request.RequestId, context.CancellationToken);
        // requestId is optional here (L01.FR.20: absent for a status that follows no request); then the newest update is meant.
        await _domain.Commands.RecordFollowUpAsync(session.ChargerId, FollowUps.Firmware, request.RequestId, request.Status.ToOcppString(), context.CancellationToken);
        return new FirmwareStatusNotificationResponse();
    }

    public async ValueTask<LogStatusNotificationResponse> HandleAsync(LogStatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordStatusAsync(session.ChargerId, ChargerStatusEventKind.Log, request.Status.ToOcppString(), request.RequestId, context.CancellationToken);
        await _domain.Commands.RecordFollowUpAsync(session.ChargerId, FollowUps.Log, request.RequestId, request.Status.ToOcppString(), context.CancellationToken);
        return new LogStatusNotificationResponse();
    }

    public async ValueTask<SecurityEventNotificationResponse> HandleAsync(SecurityEventNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordSecurityEventAsync(session.ChargerId, request.Type, request.Timestamp, request.TechInfo, context.CancellationToken);
        return new SecurityEventNotificationResponse();
    }

    public async ValueTask<NotifyEVChargingNeedsResponse> HandleAsync(NotifyEVChargingNeedsRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyEVChargingNeeds, PayloadJson.Serialize(request, V201Actions.NotifyEVChargingNeeds.RequestJson));
        // A balanced site's balancer sends the session a TxProfile within the site's limit and the vehicle's maximum
        // (K15.FR.03/07); elsewhere nothing computes a schedule for it (K15.FR.04).
        var needs = request.ChargingNeeds;
        var maxPowerW = needs.DcChargingParameters is { } dc ? (decimal?)dc.EvMaxPower ?? ((decimal)dc.EvMaxCurrent * dc.EvMaxVoltage)
            // AC: the current is per phase; three phases is an upper bound for any vehicle.
            : needs.AcChargingParameters is { } ac ? (decimal)ac.EvMaxCurrent * ac.EvMaxVoltage * 3 : (decimal?)null;
        if (await _domain.ChargingLimits.RecordEvChargingNeedsAsync(ChargerCall.Session(context).ChargerId, request.EvseId, maxPowerW, context.CancellationToken))
        {
            return new NotifyEVChargingNeedsResponse { Status = NotifyEVChargingNeedsStatusEnumType.Accepted };
        }

        return new NotifyEVChargingNeedsResponse
        {
            Status = NotifyEVChargingNeedsStatusEnumType.Rejected,
            StatusInfo = new StatusInfoType { ReasonCode = "NoSchedule", AdditionalInfo = "The charger's site has no load management on this central system." },
        };
    }

    public async ValueTask<NotifyEVChargingScheduleResponse> HandleAsync(NotifyEVChargingScheduleRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyEVChargingSchedule, PayloadJson.Serialize(request, V201Actions.NotifyEVChargingSchedule.RequestJson));
        return new NotifyEVChargingScheduleResponse { Status = GenericStatusEnumType.Accepted };
    }

    public async ValueTask<SignCertificateResponse> HandleAsync(SignCertificateRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        // Stored for the operator (A02, A03); with the built-in CA on, signed in the background and sent back as CertificateSigned.
        await _domain.Events.RecordCertificateSigningRequestAsync(session.ChargerId, request.Csr, request.CertificateType?.ToOcppString(), context.CancellationToken);
        _domain.Signing.Enqueue(session.ChargerId, request.Csr, request.CertificateType?.ToOcppString());
        return new SignCertificateResponse { Status = GenericStatusEnumType.Accepted };
    }

    public async ValueTask<Get15118EVCertificateResponse> HandleAsync(Get15118EVCertificateRequest request, OcppCallContext context)
    {
        await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        return new Get15118EVCertificateResponse { Status = Iso15118EVCertificateStatusEnumType.Failed, ExiResponse = "", StatusInfo = NoPki };
    }

    public async ValueTask<GetCertificateStatusResponse> HandleAsync(GetCertificateStatusRequest request, OcppCallContext context)
    {
        await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        return new GetCertificateStatusResponse { Status = GetCertificateStatusEnumType.Failed, StatusInfo = NoPki };
    }
}
