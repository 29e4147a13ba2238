using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V16;

internal sealed partial class V16CentralSystem :
    IOcppHandler<BootNotificationRequest, BootNotificationResponse>,
    IOcppHandler<HeartbeatRequest, HeartbeatResponse>,
    IOcppHandler<StatusNotificationRequest, StatusNotificationResponse>
{
    public async ValueTask<BootNotificationResponse> HandleAsync(BootNotificationRequest request, OcppCallContext context)
    {
        var session = ChargerCall.Session(context);
        var result = await _domain.Chargers.BootAsync(
            new ChargerBoot(session.ChargerId, request.ChargePointVendor, request.ChargePointModel)
            {
                // 1.6 has two serial numbers; chargePointSerialNumber names the charge point, chargeBoxSerialNumber is deprecated.
                SerialNumber = request.ChargePointSerialNumber ?? request.ChargeBoxSerialNumber,
                FirmwareVersion = request.FirmwareVersion,
                Iccid = request.Iccid,
                Imsi = request.Imsi,
                MeterType = request.MeterType,
                MeterSerialNumber = request.MeterSerialNumber,
                OcppVersion = "1.6",
            },
            context.CancellationToken);
        session.MarkAccepted(result.Status == ChargerRegistrationStatus.Accepted);
        return new BootNotificationResponse
        {
            Status = result.Status switch
            {
                ChargerRegistrationStatus.Accepted => RegistrationStatus.Accepted,
                ChargerRegistrationStatus.Pending => RegistrationStatus.Pending,
                _ => RegistrationStatus.Rejected,
            },
            CurrentTime = result.CurrentTime,
            Interval = (int)result.Interval.TotalSeconds,
        };
    }

    public async ValueTask<HeartbeatResponse> HandleAsync(HeartbeatRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        return new HeartbeatResponse { CurrentTime = await _domain.Chargers.HeartbeatAsync(session.ChargerId, context.CancellationToken) };
    }

    public async ValueTask<StatusNotificationResponse> HandleAsync(StatusNotificationRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        // 1.6 has no EVSE level: connector N is EVSE N with connector 1; connector 0 is the whole charge point.
        await _domain.Status.ReportAsync(
            new StatusReport(session.ChargerId, request.ConnectorId, request.ConnectorId == 0 ? 0 : 1, ToDomain(request.Status), request.Timestamp)
            {
                ErrorCode = request.ErrorCode.ToOcppString(),
                Info = request.Info,
                VendorId = request.VendorId,
                VendorErrorCode = request.VendorErrorCode,
            },
            context.CancellationToken);
        return new StatusNotificationResponse();
    }

    private static ConnectorStatus ToDomain(ChargePointStatus status) => status switch
    {
        ChargePointStatus.Available => ConnectorStatus.Available,
        ChargePointStatus.Preparing => ConnectorStatus.Preparing,
        ChargePointStatus.Charging => ConnectorStatus.Charging,
        ChargePointStatus.SuspendedEVSE => ConnectorStatus.SuspendedEVSE,
        ChargePointStatus.SuspendedEV => ConnectorStatus.SuspendedEV,
        ChargePointStatus.Finishing => ConnectorStatus.Finishing,
        ChargePointStatus.Reserved => ConnectorStatus.Reserved,
        ChargePointStatus.Unavailable => ConnectorStatus.Unavailable,
        _ => ConnectorStatus.Faulted,
    };
}
