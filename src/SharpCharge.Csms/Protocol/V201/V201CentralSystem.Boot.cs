using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V201;

internal sealed partial class V201CentralSystem :
    IOcppHandler<BootNotificationRequest, BootNotificationResponse>,
    IOcppHandler<HeartbeatRequest, HeartbeatResponse>,
    IOcppHandler<StatusNotificationRequest, StatusNotificationResponse>
{
    public async ValueTask<BootNotificationResponse> HandleAsync(BootNotificationRequest request, OcppCallContext context)
    {
        var session = ChargerCall.Session(context);
        var station = request.ChargingStation;
        var result = await _domain.Chargers.BootAsync(
            new ChargerBoot(session.ChargerId, station.VendorName, station.Model)
            {
                Reason = request.Reason.ToOcppString(),
                SerialNumber = station.SerialNumber,
                FirmwareVersion = station.FirmwareVersion,
                Iccid = station.Modem?.Iccid,
                Imsi = station.Modem?.Imsi,
                OcppVersion = session.Version == SharpCharge.Ocpp.OcppVersion.V21 ? "2.1" : "2.0.1",
            },
            context.CancellationToken);
        session.MarkAccepted(result.Status == ChargerRegistrationStatus.Accepted);
        return new BootNotificationResponse
        {
            Status = result.Status switch
            {
                ChargerRegistrationStatus.Accepted => RegistrationStatusEnumType.Accepted,
                ChargerRegistrationStatus.Pending => RegistrationStatusEnumType.Pending,
                _ => RegistrationStatusEnumType.Rejected,
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
        await _domain.Status.ReportAsync(
            new StatusReport(session.ChargerId, request.EvseId, request.ConnectorId, ToDomain(request.ConnectorStatus), request.Timestamp),
            context.CancellationToken);
        return new StatusNotificationResponse();
    }

    private static ConnectorStatus ToDomain(ConnectorStatusEnumType status) => status switch
    {
        ConnectorStatusEnumType.Available => ConnectorStatus.Available,
        ConnectorStatusEnumType.Occupied => ConnectorStatus.Occupied,
        ConnectorStatusEnumType.Reserved => ConnectorStatus.Reserved,
        ConnectorStatusEnumType.Unavailable => ConnectorStatus.Unavailable,
        _ => ConnectorStatus.Faulted,
    };
}
