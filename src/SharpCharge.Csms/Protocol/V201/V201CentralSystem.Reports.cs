using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.SmartCharging.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V201;

/// <summary>Reports and notifications the central system keeps verbatim for the operator (device model, monitoring, limits, displays).</summary>
internal sealed partial class V201CentralSystem :
    IOcppHandler<NotifyEventRequest, NotifyEventResponse>,
    IOcppHandler<NotifyReportRequest, NotifyReportResponse>,
    IOcppHandler<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse>,
    IOcppHandler<NotifyChargingLimitRequest, NotifyChargingLimitResponse>,
    IOcppHandler<ClearedChargingLimitRequest, ClearedChargingLimitResponse>,
    IOcppHandler<ReportChargingProfilesRequest, ReportChargingProfilesResponse>,
    IOcppHandler<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse>,
    IOcppHandler<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse>,
    IOcppHandler<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse>
{
    public async ValueTask<NotifyEventResponse> HandleAsync(NotifyEventRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyEvent, PayloadJson.Serialize(request, V201Actions.NotifyEvent.RequestJson), null, request.SeqNo, request.Tbc, request.GeneratedAt);
        return new NotifyEventResponse();
    }

    public async ValueTask<NotifyReportResponse> HandleAsync(NotifyReportRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyReport, PayloadJson.Serialize(request, V201Actions.NotifyReport.RequestJson), request.RequestId, request.SeqNo, request.Tbc, request.GeneratedAt);
        return new NotifyReportResponse();
    }

    public async ValueTask<NotifyMonitoringReportResponse> HandleAsync(NotifyMonitoringReportRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyMonitoringReport, PayloadJson.Serialize(request, V201Actions.NotifyMonitoringReport.RequestJson), request.RequestId, request.SeqNo, request.Tbc, request.GeneratedAt);
        return new NotifyMonitoringReportResponse();
    }

    public async ValueTask<NotifyChargingLimitResponse> HandleAsync(NotifyChargingLimitRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyChargingLimit, PayloadJson.Serialize(request, V201Actions.NotifyChargingLimit.RequestJson));

        // Stored until ClearedChargingLimit; the site balancer gives the EVSE no more than the limit allows (K12).
        await _domain.ChargingLimits.RecordExternalLimitAsync(
            new ExternalChargingLimit(
                ChargerCall.Session(context).ChargerId,
                request.EvseId ?? 0,
                request.ChargingLimit.ChargingLimitSource.ToOcppString(),
                request.ChargingLimit.IsGridCritical,
                [.. (request.ChargingSchedule ?? []).Select(V201ChargingProfileMapping.ToModel)],
                default),
            context.CancellationToken);
        return new NotifyChargingLimitResponse();
    }

    public async ValueTask<ClearedChargingLimitResponse> HandleAsync(ClearedChargingLimitRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.ClearedChargingLimit, PayloadJson.Serialize(request, V201Actions.ClearedChargingLimit.RequestJson));
        await _domain.ChargingLimits.ClearExternalLimitAsync(
            ChargerCall.Session(context).ChargerId, request.EvseId, request.ChargingLimitSource.ToOcppString(), context.CancellationToken);
        return new ClearedChargingLimitResponse();
    }

    public async ValueTask<ReportChargingProfilesResponse> HandleAsync(ReportChargingProfilesRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.ReportChargingProfiles, PayloadJson.Serialize(request, V201Actions.ReportChargingProfiles.RequestJson), request.RequestId, null, request.Tbc);

        // One part of the answer to GetChargingProfiles: parts share the requestId, all but the last carry tbc (K09.FR.01/02).
        await _domain.ChargingLimits.RecordReportAsync(
            ChargerCall.Session(context).ChargerId,
            request.RequestId,
            request.EvseId,
            request.ChargingLimitSource.ToOcppString(),
            [.. request.ChargingProfile.Select(V201ChargingProfileMapping.ToModel)],
            context.CancellationToken);
        return new ReportChargingProfilesResponse();
    }

    public async ValueTask<ReservationStatusUpdateResponse> HandleAsync(ReservationStatusUpdateRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.ReservationStatusUpdate, PayloadJson.Serialize(request, V201Actions.ReservationStatusUpdate.RequestJson), request.ReservationId);
        await _domain.Commands.RecordFollowUpAsync(ChargerCall.Session(context).ChargerId, FollowUps.Reservation, request.ReservationId, request.ReservationUpdateStatus.ToOcppString(), context.CancellationToken);
        return new ReservationStatusUpdateResponse();
    }

    public async ValueTask<NotifyCustomerInformationResponse> HandleAsync(NotifyCustomerInformationRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyCustomerInformation, PayloadJson.Serialize(request, V201Actions.NotifyCustomerInformation.RequestJson), request.RequestId, request.SeqNo, request.Tbc, request.GeneratedAt);
        return new NotifyCustomerInformationResponse();
    }

    public async ValueTask<NotifyDisplayMessagesResponse> HandleAsync(NotifyDisplayMessagesRequest request, OcppCallContext context)
    {
        await RecordAsync(context, ChargerNotificationKind.NotifyDisplayMessages, PayloadJson.Serialize(request, V201Actions.NotifyDisplayMessages.RequestJson), request.RequestId, null, request.Tbc);
        return new NotifyDisplayMessagesResponse();
    }

    private async ValueTask RecordAsync(
        OcppCallContext context, ChargerNotificationKind kind, string payload, int? requestId = null, int? seqNo = null, bool? tbc = null, DateTimeOffset? generatedAt = null)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Events.RecordNotificationAsync(
            new NotificationReport(session.ChargerId, kind, payload) { RequestId = requestId, SeqNo = seqNo, Tbc = tbc, GeneratedAt = generatedAt },
            context.CancellationToken);
    }
}
