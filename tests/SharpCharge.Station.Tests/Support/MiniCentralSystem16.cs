using System.Collections.Concurrent;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Station.Tests.Support;

/// <summary>A minimal 1.6 central system on the protocol library: answers what a station sends and keeps every request.</summary>
internal sealed class MiniCentralSystem16 :
    IOcppHandler<BootNotificationRequest, BootNotificationResponse>,
    IOcppHandler<HeartbeatRequest, HeartbeatResponse>,
    IOcppHandler<StatusNotificationRequest, StatusNotificationResponse>,
    IOcppHandler<AuthorizeRequest, AuthorizeResponse>,
    IOcppHandler<StartTransactionRequest, StartTransactionResponse>,
    IOcppHandler<MeterValuesRequest, MeterValuesResponse>,
    IOcppHandler<StopTransactionRequest, StopTransactionResponse>,
    IOcppHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>,
    IOcppHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>,
    IOcppHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse>,
    IOcppHandler<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse>,
    IOcppHandler<LogStatusNotificationRequest, LogStatusNotificationResponse>,
    IOcppHandler<SignCertificateRequest, SignCertificateResponse>
{
    private readonly TimeProvider _time;
    private int _nextTransactionId = 100;

    public MiniCentralSystem16(TimeProvider time)
    {
        _time = time;
        Router = OcppRouter.Create(V16Actions.Catalogue, this);
    }

    public OcppRouter Router { get; }

    public ConcurrentQueue<IOcppRequest> Received { get; } = new();

    /// <summary>Boot answers in turn; the last one repeats.</summary>
    public Queue<(RegistrationStatus Status, int Interval)> BootAnswers { get; } = new([(RegistrationStatus.Accepted, 300)]);

    public HashSet<string> AcceptedTags { get; } = ["TAG-1"];

    public IReadOnlyList<T> All<T>() => [.. Received.OfType<T>()];

    public ValueTask<BootNotificationResponse> HandleAsync(BootNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        var (status, interval) = BootAnswers.Count > 1 ? BootAnswers.Dequeue() : BootAnswers.Peek();
        return ValueTask.FromResult(new BootNotificationResponse { Status = status, Interval = interval, CurrentTime = _time.GetUtcNow() });
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
        return ValueTask.FromResult(new AuthorizeResponse { IdTagInfo = Info(request.IdTag) });
    }

    public ValueTask<StartTransactionResponse> HandleAsync(StartTransactionRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new StartTransactionResponse { TransactionId = Interlocked.Increment(ref _nextTransactionId), IdTagInfo = Info(request.IdTag) });
    }

    public ValueTask<MeterValuesResponse> HandleAsync(MeterValuesRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new MeterValuesResponse());
    }

    public ValueTask<DiagnosticsStatusNotificationResponse> HandleAsync(DiagnosticsStatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new DiagnosticsStatusNotificationResponse());
    }

    public ValueTask<FirmwareStatusNotificationResponse> HandleAsync(FirmwareStatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new FirmwareStatusNotificationResponse());
    }

    public ValueTask<SecurityEventNotificationResponse> HandleAsync(SecurityEventNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new SecurityEventNotificationResponse());
    }

    public ValueTask<SignedFirmwareStatusNotificationResponse> HandleAsync(SignedFirmwareStatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new SignedFirmwareStatusNotificationResponse());
    }

    public ValueTask<LogStatusNotificationResponse> HandleAsync(LogStatusNotificationRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new LogStatusNotificationResponse());
    }

    public ValueTask<StopTransactionResponse> HandleAsync(StopTransactionRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new StopTransactionResponse());
    }

    private IdTagInfo Info(string tag) => new() { Status = AcceptedTags.Contains(tag) ? AuthorizationStatus.Accepted : AuthorizationStatus.Invalid };

    public ValueTask<SignCertificateResponse> HandleAsync(SignCertificateRequest request, OcppCallContext context)
    {
        Received.Enqueue(request);
        return ValueTask.FromResult(new SignCertificateResponse { Status = GenericStatusEnumType.Accepted });
    }
}
