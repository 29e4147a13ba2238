using System.Collections.Concurrent;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Station.Tests.Support;

/// <summary>A minimal 2.0.1 central system on the protocol library: answers what a station sends and keeps every request.</summary>
internal sealed class MiniCentralSystem201 :
    IOcppHandler<BootNotificationRequest, BootNotificationResponse>,
    IOcppHandler<HeartbeatRequest, HeartbeatResponse>,
    IOcppHandler<StatusNotificationRequest, StatusNotificationResponse>,
    IOcppHandler<AuthorizeRequest, AuthorizeResponse>,
    IOcppHandler<TransactionEventRequest, TransactionEventResponse>,
    IOcppHandler<MeterValuesRequest, MeterValuesResponse>,
    IOcppHandler<NotifyReportRequest, NotifyReportResponse>,
    IOcppHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>,
    IOcppHandler<LogStatusNotificationRequest, LogStatusNotificationResponse>,
    IOcppHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse>,
    IOcppHandler<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse>,
    IOcppHandler<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse>,
    IOcppHandler<ReportChargingProfilesRequest, ReportChargingProfilesResponse>,
    IOcppHandler<SignCertificateRequest, SignCertificateResponse>,
    IOcppHandler<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse>
{
    private readonly TimeProvider _time;

    public MiniCentralSystem201(TimeProvider time)
    {
        _time = time;
        Router = OcppRouter.Create(V201Actions.Catalogue, this);
    }

    public OcppRouter Router { get; }

    public ConcurrentQueue<IOcppRequest> Received { get; } = new();

    public HashSet<string> AcceptedTags { get; } = ["TAG-1", "APP-7"];

    public IReadOnlyList<T> All<T>() => [.. Received.OfType<T>()];

    public ValueTask<BootNotificationResponse> HandleAsync(BootNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new BootNotificationResponse { Status = RegistrationStatusEnumType.Accepted, Interval = 300, CurrentTime = _time.GetUtcNow() });
    }

    public ValueTask<HeartbeatResponse> HandleAsync(HeartbeatRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new HeartbeatResponse { CurrentTime = _time.GetUtcNow() });
    }

    public ValueTask<StatusNotificationResponse> HandleAsync(StatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new StatusNotificationResponse());
    }

    public ValueTask<AuthorizeResponse> HandleAsync(AuthorizeRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        var status = AcceptedTags.Contains(request.IdToken.IdToken) ? AuthorizationStatusEnumType.Accepted : AuthorizationStatusEnumType.Invalid;
        return ValueTask.FromResult(new AuthorizeResponse { IdTokenInfo = new IdTokenInfoType { Status = status } });
    }

    public ValueTask<NotifyReportResponse> HandleAsync(NotifyReportRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new NotifyReportResponse());
    }

    public ValueTask<FirmwareStatusNotificationResponse> HandleAsync(FirmwareStatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new FirmwareStatusNotificationResponse());
    }

    public ValueTask<LogStatusNotificationResponse> HandleAsync(LogStatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new LogStatusNotificationResponse());
    }

    public ValueTask<SecurityEventNotificationResponse> HandleAsync(SecurityEventNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new SecurityEventNotificationResponse());
    }

    public ValueTask<ReservationStatusUpdateResponse> HandleAsync(ReservationStatusUpdateRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new ReservationStatusUpdateResponse());
    }

    public ValueTask<NotifyDisplayMessagesResponse> HandleAsync(NotifyDisplayMessagesRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new NotifyDisplayMessagesResponse());
    }

    public ValueTask<MeterValuesResponse> HandleAsync(MeterValuesRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new MeterValuesResponse());
    }

    public ValueTask<TransactionEventResponse> HandleAsync(TransactionEventRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        var info = request.IdToken is { } token
            ? new IdTokenInfoType { Status = AcceptedTags.Contains(token.IdToken) ? AuthorizationStatusEnumType.Accepted : AuthorizationStatusEnumType.Invalid }
            : null;
        return ValueTask.FromResult(new TransactionEventResponse { IdTokenInfo = info });
    }

    public ValueTask<ReportChargingProfilesResponse> HandleAsync(ReportChargingProfilesRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new ReportChargingProfilesResponse());
    }

    public ValueTask<SignCertificateResponse> HandleAsync(SignCertificateRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new SignCertificateResponse { Status = GenericStatusEnumType.Accepted });
    }

    public ValueTask<NotifyCustomerInformationResponse> HandleAsync(NotifyCustomerInformationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new NotifyCustomerInformationResponse());
    }
}
