using SharpCharge.Ocpp.Routing;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;
using V21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Ocpp.Tests.Support;

/// <summary>Central-system handlers for the few actions the RPC tests need, one class per version.</summary>
internal static class TestHandlers
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public sealed class Central16 :
        IOcppHandler<V16.HeartbeatRequest, V16.HeartbeatResponse>,
        IOcppHandler<V16.BootNotificationRequest, V16.BootNotificationResponse>,
        IOcppHandler<V16.StatusNotificationRequest, V16.StatusNotificationResponse>
    {
        public ValueTask<V16.HeartbeatResponse> HandleAsync(V16.HeartbeatRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V16.HeartbeatResponse { CurrentTime = Now });

        public ValueTask<V16.BootNotificationResponse> HandleAsync(V16.BootNotificationRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V16.BootNotificationResponse { Status = V16.RegistrationStatus.Accepted, CurrentTime = Now, Interval = 300 });

        public ValueTask<V16.StatusNotificationResponse> HandleAsync(V16.StatusNotificationRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V16.StatusNotificationResponse());
    }

    public sealed class Central201 :
        IOcppHandler<V201.HeartbeatRequest, V201.HeartbeatResponse>,
        IOcppHandler<V201.BootNotificationRequest, V201.BootNotificationResponse>
    {
        public ValueTask<V201.HeartbeatResponse> HandleAsync(V201.HeartbeatRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V201.HeartbeatResponse { CurrentTime = Now });

        public ValueTask<V201.BootNotificationResponse> HandleAsync(V201.BootNotificationRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V201.BootNotificationResponse { Status = V201.RegistrationStatusEnumType.Accepted, CurrentTime = Now, Interval = 300 });
    }

    public sealed class Central21 :
        IOcppHandler<V21.HeartbeatRequest, V21.HeartbeatResponse>,
        IOcppHandler<V21.BootNotificationRequest, V21.BootNotificationResponse>
    {
        public ValueTask<V21.HeartbeatResponse> HandleAsync(V21.HeartbeatRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V21.HeartbeatResponse { CurrentTime = Now });

        public ValueTask<V21.BootNotificationResponse> HandleAsync(V21.BootNotificationRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V21.BootNotificationResponse { Status = V21.RegistrationStatusEnumType.Accepted, CurrentTime = Now, Interval = 300 });
    }

    /// <summary>The catalogue and central-system handler of a version.</summary>
    public static OcppRouter CentralRouter(OcppVersion version) => version switch
    {
        OcppVersion.V16 => OcppRouter.Create(V16.V16Actions.Catalogue, new Central16()),
        OcppVersion.V201 => OcppRouter.Create(V201.V201Actions.Catalogue, new Central201()),
        OcppVersion.V21 => OcppRouter.Create(V21.V21Actions.Catalogue, new Central21()),
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    /// <summary>A router of a version that serves nothing: every defined action is NotSupported.</summary>
    public static OcppRouter EmptyRouter(OcppVersion version) => version switch
    {
        OcppVersion.V16 => OcppRouter.Create(V16.V16Actions.Catalogue),
        OcppVersion.V201 => OcppRouter.Create(V201.V201Actions.Catalogue),
        OcppVersion.V21 => OcppRouter.Create(V21.V21Actions.Catalogue),
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };
}
